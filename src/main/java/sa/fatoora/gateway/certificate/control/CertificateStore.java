package sa.fatoora.gateway.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import sa.fatoora.gateway.certificate.control.KeyPairVerifier.VerifiedPair;
import sa.fatoora.gateway.certificate.entity.CertificateEventView;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.certificate.entity.KeyCheck;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.zatca.control.CsidSource;
import sa.fatoora.gateway.zatca.entity.CsidCredentials;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Every EGS unit's certificates, the API onboarding and the invoice pipeline build on: certificates are verified
 * against their key before they are stored, keys and CSIDs are sealed by the {@link KeyVault}, and each unit has at
 * most one ACTIVE certificate per environment. {@link #signingIdentity} and {@link #productionCsid} are the hot
 * path and served from memory ({@link ActiveCredentials}).
 */
@ApplicationScoped
public class CertificateStore {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    EgsUnitService units;

    @Inject
    SealedCredentials sealed;

    @Inject
    CertificateAudit audit;

    @Inject
    ActiveCredentials active;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /**
     * Verifies and stores a certificate: COMPLIANCE ones stay PENDING; PRODUCTION and UPLOADED ones become ACTIVE
     * and the unit's previous ACTIVE one for that environment becomes REVOKED ("superseded"), in one transaction.
     *
     * @param certificate PEM, or ZATCA's base64-DER text
     * @param csid null for an upload without a secret
     * @throws CertificateRejectedException 400 when the pair does not match, cannot be read or is not valid now
     */
    public CertificateView store(
            Long tenantId,
            Long egsUnitId,
            ZatcaEnvironment environment,
            CertificateKind kind,
            String certificate,
            String privateKeyPem,
            CsidCredentials csid,
            Long zatcaRequestId) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(kind, "kind");
        units.find(tenantId, egsUnitId);
        VerifiedPair pair = verified(certificate, privateKeyPem);
        if (csid != null
                && !X509Certificates.holder(csid.binarySecurityToken()).equals(X509Certificates.holder(certificate))) {
            throw CertificateRejectedException.invalidCertificate(
                    "The CSID's binarySecurityToken does not carry this certificate");
        }
        return lifecycle.persist(tenantId, egsUnitId, environment, kind, pair, csid, zatcaRequestId);
    }

    /** A certificate the taxpayer brings; with {@code csidSecret} it is a CSID too (token derived as ZATCA does). */
    public CertificateView upload(
            Long tenantId, Long egsUnitId, String certificate, String privateKeyPem, String csidSecret) {
        EgsUnit unit = units.find(tenantId, egsUnitId);
        VerifiedPair pair = verified(certificate, privateKeyPem);
        CsidCredentials csid = csidSecret == null || csidSecret.isBlank()
                ? null
                : new CsidCredentials(binarySecurityToken(pair.certificate().base64Der()), csidSecret.strip());
        return lifecycle.persist(
                tenantId, egsUnitId, unit.getEnvironment(), CertificateKind.UPLOADED, pair, csid, null);
    }

    /** ZATCA's binarySecurityToken: base64 of the certificate's base64-DER text. */
    public static String binarySecurityToken(String base64Der) {
        return Base64.getEncoder().encodeToString(base64Der.getBytes(StandardCharsets.US_ASCII));
    }

    public Optional<CertificateView> active(Long egsUnitId) {
        return active.activeRecord(egsUnitId).map(CertificateView::of);
    }

    /** Newest first; 404 for another tenant's unit. */
    public List<CertificateView> history(Long tenantId, Long egsUnitId) {
        units.find(tenantId, egsUnitId);
        return em
                .createNamedQuery(CertificateRecord.HISTORY, CertificateRecord.class)
                .setParameter("tenant", tenantId)
                .setParameter("unit", egsUnitId)
                .getResultList()
                .stream()
                .map(CertificateView::of)
                .toList();
    }

    /** 404 for another tenant's certificate. */
    public CertificateView get(Long tenantId, Long certificateId) {
        return CertificateView.of(lifecycle.owned(tenantId, certificateId));
    }

    /** The certificate's audit trail, oldest first; 404 for another tenant's certificate. */
    public List<CertificateEventView> events(Long tenantId, Long certificateId) {
        lifecycle.owned(tenantId, certificateId);
        return audit.of(certificateId).stream().map(CertificateEventView::of).toList();
    }

    /** The ACTIVE certificate's identity, from memory in steady state; 409 NO_ACTIVE_CERTIFICATE without one. */
    public SigningIdentity signingIdentity(Long egsUnitId) {
        return active.current(egsUnitId).identity();
    }

    /** The ACTIVE certificate's CSID; {@code load(true)} drops the cached copy and reads the database again. */
    public CsidSource productionCsid(Long egsUnitId) {
        active.csid(egsUnitId, false);
        return reload -> active.csid(egsUnitId, reload);
    }

    /** Any certificate's identity (a compliance CSID's during onboarding); decrypted on each call. */
    public SigningIdentity signingIdentityOf(Long certificateId) {
        return sealed.identity(record(certificateId));
    }

    /** Any certificate's CSID (a compliance CSID's during onboarding); read and decrypted on each load. */
    public CsidSource csidOf(Long certificateId) {
        return reload -> {
            CertificateRecord r = record(certificateId);
            CsidCredentials csid = sealed.csid(r);
            if (csid == null) {
                throw new NoCsidException(r.getEgsUnitId(), certificateId);
            }
            return csid;
        };
    }

    /**
     * Whether the certificate's sealed key still opens and is the certificate's. Checked when it was stored; checked
     * again here for the console, so that a changed master key or an altered row shows before signing fails. 404 for
     * another tenant's certificate.
     */
    public KeyCheck keyCheck(Long tenantId, Long certificateId) {
        CertificateRecord r = lifecycle.owned(tenantId, certificateId);
        byte[] pkcs8;
        try {
            pkcs8 = sealed.privateKey(r);
        } catch (GatewayException e) { // MASTER_KEY_MISSING, KEY_DECRYPTION_FAILED: the answer is that it does not open
            return KeyCheck.UNREADABLE;
        }
        try {
            return KeyPairVerifier.belongTogether(
                            r.getCertificate(), Base64.getEncoder().encodeToString(pkcs8))
                    ? KeyCheck.MATCHES
                    : KeyCheck.DIFFERS;
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** Takes a certificate out of use locally (ZATCA is not told); revoking a revoked one changes nothing. */
    public void revoke(Long tenantId, Long certificateId, String reason) {
        lifecycle.revoke(tenantId, certificateId, reason);
    }

    private VerifiedPair verified(String certificate, String privateKeyPem) {
        VerifiedPair pair = KeyPairVerifier.verify(certificate, privateKeyPem, clock.instant());
        if (!pair.isSecp256k1()) {
            throw CertificateRejectedException.unsupportedKey("The private key matches the certificate, but ZATCA"
                    + " invoices are signed with EC secp256k1 keys and this certificate's key is " + pair.keyType());
        }
        return pair;
    }

    private CertificateRecord record(Long certificateId) {
        CertificateRecord r = certificateId == null ? null : em.find(CertificateRecord.class, certificateId);
        if (r == null) {
            throw new ResourceNotFoundException("Certificate", certificateId);
        }
        return r;
    }
}
