package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.certificate.control.CsrChecker;
import sa.fatoora.gateway.certificate.control.InvalidCsrException;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.CheckedCsr;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.simulator.entity.ComplianceStep;
import sa.fatoora.gateway.simulator.entity.CsidKind;
import sa.fatoora.gateway.simulator.entity.KnownCsid;
import sa.fatoora.gateway.simulator.entity.SimCsid;
import sa.fatoora.gateway.simulator.entity.SimUsedCsr;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.wire.CsidResponse;

/** Issues compliance and production CSIDs as ZATCA does, and recognises them in Basic credentials. */
@ApplicationScoped
public class Csids {

    @PersistenceContext(unitName = "simulator")
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock = StoredTime.CLOCK;

    @Inject
    Otps otps;

    @Inject
    CsrChecker csrChecker;

    @Inject
    SimulatorCa ca;

    @Inject
    @ConfigProperty(name = "zatca.simulator.certificate-validity-days", defaultValue = "365")
    int validityDays;

    /*
     * Every reporting or clearance call presents its CSID: without this map, one query per call (2.5 % of the
     * server's CPU under load). Only the parts fixed at issue are kept, and CSID rows are never deleted, so an entry
     * cannot go stale; a CSID issued by another server sharing the database is found on the first miss.
     */
    private static final int MAX_KNOWN = 10_000;

    private final Map<String, KnownCsid> known = new ConcurrentHashMap<>();

    public CsidResponse compliance(ZatcaEnvironment environment, String otp, String csrBase64) {
        return transactions.required(() -> {
            requireOtp(environment, otp);
            CheckedCsr csr = checkedCsr(environment, csrBase64);
            X509Certificate certificate = ca.authority().issue(csr, Duration.ofDays(validityDays));
            return issue(environment, CsidKind.COMPLIANCE, Hashes.requestId(), certificate);
        });
    }

    public CsidResponse production(KnownCsid compliance, String complianceRequestId) {
        return transactions.required(() -> {
            SimCsid csid = em.find(SimCsid.class, compliance.id());
            if (complianceRequestId == null
                    || !complianceRequestId.strip().equals(Long.toString(csid.getRequestId()))
                    || csid.isProductionIssued()) {
                throw SimulatorException.error(
                        400, "Invalid-ComplianceRequestId", "The compliance request id is not valid for this CSID");
            }
            Set<ComplianceStep> missing = ComplianceStep.requiredBy(csid.getTitle());
            missing.removeAll(csid.stepsPassed());
            if (!missing.isEmpty()) {
                throw SimulatorException.error(
                        400,
                        "Missing-ComplianceSteps",
                        "The compliance steps are not completed: "
                                + missing.stream().map(ComplianceStep::label).collect(Collectors.joining(", ")));
            }
            csid.markProductionIssued();
            X509Certificate certificate = ca.authority()
                    .reissue(X509Certificates.fromBase64Der(csid.getCertificate()), Duration.ofDays(validityDays));
            return issue(
                    ZatcaEnvironments.of(csid.getEnvironment()), CsidKind.PRODUCTION, Hashes.requestId(), certificate);
        });
    }

    /**
     * PATCH /production/csids: a new production CSID for a new CSR, with an OTP and the current one. When ZATCA
     * wants the compliance checks again (428), the new CSR gets a compliance CSID instead, and the caller goes on
     * with /compliance/invoices and POST /production/csids as in a first onboarding.
     */
    public Renewal renew(ZatcaEnvironment environment, String otp, String csrBase64, boolean complianceRequired) {
        return transactions.required(() -> {
            requireOtp(environment, otp);
            CheckedCsr csr = checkedCsr(environment, csrBase64);
            X509Certificate certificate = ca.authority().issue(csr, Duration.ofDays(validityDays));
            CsidKind kind = complianceRequired ? CsidKind.COMPLIANCE : CsidKind.PRODUCTION;
            return new Renewal(issue(environment, kind, Hashes.requestId(), certificate), complianceRequired);
        });
    }

    public record Renewal(CsidResponse csid, boolean complianceRequired) {}

    /** The CSID of {@code Basic base64(binarySecurityToken:secret)}, of this kind and environment, or a 401. */
    public KnownCsid authenticate(ZatcaEnvironment environment, String authorization, CsidKind kind) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw SimulatorException.unauthorized();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SimulatorException.unauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw SimulatorException.unauthorized();
        }
        String tokenHash = Hashes.sha256Hex(decoded.substring(0, colon));
        byte[] secretHash = Hashes.sha256Hex(decoded.substring(colon + 1)).getBytes(StandardCharsets.US_ASCII);
        return Optional.ofNullable(known.get(tokenHash))
                .or(() -> lookUp(tokenHash))
                .filter(c -> java.security.MessageDigest.isEqual(
                        c.secretHash().getBytes(StandardCharsets.US_ASCII), secretHash))
                .filter(c -> c.kind() == kind && c.environment().equals(environment.pathSegment()))
                .orElseThrow(SimulatorException::unauthorized);
    }

    private Optional<KnownCsid> lookUp(String tokenHash) {
        Optional<KnownCsid> found = em.createNamedQuery(SimCsid.BY_TOKEN, SimCsid.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst()
                .map(KnownCsid::of);
        found.ifPresent(c -> {
            if (known.size() >= MAX_KNOWN) {
                known.clear();
            }
            known.put(tokenHash, c);
        });
        return found;
    }

    private void requireOtp(ZatcaEnvironment environment, String otp) {
        switch (otps.use(environment, otp)) {
            case MISSING -> throw SimulatorException.error(400, "Missing-OTP", "OTP is required");
            case INVALID -> throw SimulatorException.error(400, "Invalid-OTP", "The provided OTP is invalid");
            case ACCEPTED -> {}
        }
    }

    private CheckedCsr checkedCsr(ZatcaEnvironment environment, String csrBase64) {
        if (csrBase64 == null || csrBase64.isBlank()) {
            throw SimulatorException.error(400, "Missing-CSR", "CSR is required");
        }
        CheckedCsr csr;
        try {
            String pem = new String(Base64.getMimeDecoder().decode(csrBase64.strip()), StandardCharsets.US_ASCII);
            csr = csrChecker.check(pem, environment.certificateTemplate(), environment == ZatcaEnvironment.SANDBOX);
        } catch (IllegalArgumentException e) {
            throw SimulatorException.error(400, "Invalid-CSR", "The CSR is not base64 encoded");
        } catch (InvalidCsrException e) {
            throw SimulatorException.error(400, "Invalid-CSR", e.getMessage());
        }
        boolean used = !em.createQuery("SELECT u.id FROM SimUsedCsr u WHERE u.fingerprint = :fp")
                .setParameter("fp", csr.fingerprint())
                .getResultList()
                .isEmpty();
        if (used) {
            throw SimulatorException.error(400, "Invalid-CSR", "The CSR was already used; generate a new one");
        }
        em.persist(new SimUsedCsr(csr.fingerprint(), Instant.now(clock)));
        return csr;
    }

    private CsidResponse issue(
            ZatcaEnvironment environment, CsidKind kind, long requestId, X509Certificate certificate) {
        String base64Der = X509Certificates.base64Der(certificate);
        String token = Base64.getEncoder().encodeToString(base64Der.getBytes(StandardCharsets.US_ASCII));
        String secret = Hashes.randomSecret();
        em.persist(new SimCsid(
                requestId,
                kind,
                environment.pathSegment(),
                Hashes.sha256Hex(token),
                Hashes.sha256Hex(secret),
                base64Der,
                X509Certificates.vatNumber(certificate).orElseThrow(),
                X509Certificates.title(certificate).orElseThrow(),
                Instant.now(clock)));
        return new CsidResponse(requestId, CsidResponse.ISSUED, token, secret, null);
    }
}
