package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.certificate.control.CsrChecker;
import sa.fatoora.gateway.certificate.control.InvalidCsrException;
import sa.fatoora.gateway.certificate.entity.CheckedCsr;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.LegacySubmission;
import sa.fatoora.gateway.onboarding.entity.OnboardingRequest;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.VatNumber;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Step 1 of the two-step endpoint: checks the client's CSR, key, organization and VAT number against each other
 * and against the EGS unit they are for, and keeps them (the key sealed at once) until step 2 or expiry.
 */
@ApplicationScoped
public class LegacyRequests {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    CsrChecker checker;

    @Inject
    EgsUnitService units;

    @Inject
    OnboardingService onboarding;

    @Inject
    Onboardings runs;

    @Inject
    OnboardingKeys keys;

    @Inject
    @ConfigProperty(name = "fatoora.onboarding.request-validity", defaultValue = "PT1H")
    Duration validity;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public OnboardingRequest register(Long tenantId, LegacySubmission s) {
        String pem = ClientCsr.pem(required(s.csr(), "/csr"));
        CheckedCsr csr = check(pem, null);
        EgsUnit unit = unit(tenantId, s, csr.profile());
        ZatcaEnvironment env = unit.getEnvironment();
        csr = check(pem, env);
        requireVat(s.vatNumber(), csr.profile(), unit);
        if (!csr.profile().title().equals(unit.getFunctionality().code())) {
            throw OnboardingRequestException.invalidCsr(
                    "The CSR's title " + csr.profile().title() + " is not the functionality "
                            + unit.getFunctionality().code() + " of EGS unit " + unit.getId());
        }
        String organization =
                required(s.organizationName(), "/organization_name").strip();
        if (!organization.equals(csr.profile().organization())) {
            throw ValidationFailedException.of("/organization_name", "must be the CSR's organization (O)");
        }
        String keyPem = required(s.privateKey(), "/private_key").strip();
        ClientCsr.requireKeyOf(keyPem, csr.publicKey());
        onboarding.requireNotOnboarded(unit);
        if (known(csr.fingerprint())) {
            throw new CsrAlreadySubmittedException(
                    "This CSR was submitted before; a CSR serves one request only: generate a new one");
        }
        Instant now = clock.instant();
        OnboardingRequest request = new OnboardingRequest(
                UUID.randomUUID().toString(),
                tenantId,
                unit.getId(),
                pem,
                csr.fingerprint(),
                keys.seal(keyPem),
                organization,
                s.vatNumber().strip(),
                now,
                now.plus(validity));
        tx.required(() -> em.persist(request));
        return request;
    }

    /** The tenant's request by its public id; 404 for unknown ones and other tenants' alike. */
    public OnboardingRequest find(Long tenantId, String requestId) {
        return em.createNamedQuery(OnboardingRequest.BY_REQUEST_ID, OnboardingRequest.class)
                .setParameter("requestId", requestId.strip())
                .setParameter("tenantId", tenantId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> OnboardingRequestException.notFound(requestId.strip()));
    }

    public void started(OnboardingRequest request, Long onboardingId) {
        tx.required(() -> em.find(OnboardingRequest.class, request.getId())
                .started(onboardingId, clock.instant().plus(validity)));
    }

    public boolean expired(OnboardingRequest request) {
        return request.expired(clock.instant());
    }

    private boolean known(String fingerprint) {
        long requests = em.createNamedQuery(OnboardingRequest.BY_FINGERPRINT, Long.class)
                .setParameter("fingerprint", fingerprint)
                .getSingleResult();
        return requests > 0 || runs.knownCsr(fingerprint);
    }

    /** {@code egs_unit_id} when given; else the tenant's unit named like the CSR's CN. */
    private EgsUnit unit(Long tenantId, LegacySubmission s, CsrProfile profile) {
        if (s.egsUnitId() != null) {
            return units.find(tenantId, s.egsUnitId());
        }
        return units.findByName(tenantId, profile.commonName())
                .orElseThrow(() -> ValidationFailedException.of(
                        "/egs_unit_id",
                        "is required: this tenant has no EGS unit named like the CSR's common name (CN); create"
                                + " one with POST /api/v1/egs-units or send egs_unit_id"));
    }

    /** Null environment: any template name, to read the CN first; then the unit's environment's rule. */
    private CheckedCsr check(String pem, ZatcaEnvironment env) {
        try {
            return env == null
                    ? checker.check(pem, null, true)
                    : checker.check(pem, env.certificateTemplate(), env == ZatcaEnvironment.SANDBOX);
        } catch (InvalidCsrException e) {
            throw OnboardingRequestException.invalidCsr(e.getMessage());
        }
    }

    private static void requireVat(String vat, CsrProfile profile, EgsUnit unit) {
        if (vat == null || !VatNumber.valid(vat.strip())) {
            throw OnboardingRequestException.invalidVat("vat_number must be 15 digits starting and ending with 3");
        }
        if (!vat.strip().equals(profile.vatNumber())) {
            throw OnboardingRequestException.invalidVat("vat_number is not the CSR's VAT number (UID)");
        }
        if (!vat.strip().equals(unit.seller().vatNumber())) {
            throw OnboardingRequestException.invalidVat("vat_number is not the VAT number of EGS unit " + unit.getId());
        }
    }

    private static String required(String value, String pointer) {
        if (value == null || value.isBlank()) {
            throw ValidationFailedException.of(pointer, "is required");
        }
        return value;
    }
}
