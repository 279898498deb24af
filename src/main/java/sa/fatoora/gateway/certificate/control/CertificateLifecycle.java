package sa.fatoora.gateway.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import sa.fatoora.gateway.certificate.control.KeyPairVerifier.VerifiedPair;
import sa.fatoora.gateway.certificate.entity.CertificateEventType;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.certificate.entity.CertificateStatus;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.zatca.entity.CsidCredentials;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** Every status change of a certificate, each in one transaction with its audit row and cache invalidation. */
@ApplicationScoped
public class CertificateLifecycle {

    static final String SUPERSEDED = "superseded";

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    SealedCredentials sealed;

    @Inject
    CertificateAudit audit;

    @Inject
    ActiveCredentials active;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** PENDING for COMPLIANCE; otherwise ACTIVE, and the previous ACTIVE one of the unit and environment REVOKED. */
    CertificateView persist(
            Long tenantId,
            Long egsUnitId,
            ZatcaEnvironment environment,
            CertificateKind kind,
            VerifiedPair pair,
            CsidCredentials csid,
            Long zatcaRequestId) {
        Instant now = clock.instant();
        return tx.required(() -> {
            // the unit's row lock serialises activations, so two concurrent ones cannot both stay ACTIVE
            em.find(EgsUnit.class, egsUnitId, LockModeType.PESSIMISTIC_WRITE);
            CertificateRecord r = new CertificateRecord(
                    tenantId, egsUnitId, environment, kind, pair.certificate(), zatcaRequestId, now);
            em.persist(r);
            if (r.getId() == null) {
                em.flush();
            }
            sealed.seal(r, pair.pkcs8(), csid);
            if (r.getStatus() == CertificateStatus.ACTIVE) {
                for (CertificateRecord previous : active.activeOf(egsUnitId, environment)) {
                    if (!previous.getId().equals(r.getId())) {
                        previous.changeStatus(CertificateStatus.REVOKED, SUPERSEDED, now);
                        audit.record(
                                previous, CertificateEventType.REVOKED, now, "superseded by certificate " + r.getId());
                    }
                }
            }
            audit.record(r, CertificateEventType.STORED, now, kind + " certificate stored as " + r.getStatus());
            active.invalidateOnCompletion(egsUnitId);
            return CertificateView.of(r);
        });
    }

    /** Takes a certificate out of use locally (ZATCA is not told); revoking a revoked one changes nothing. */
    void revoke(Long tenantId, Long certificateId, String reason) {
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? "revoked through the API" : reason.strip();
        String stored = why.length() > 200 ? why.substring(0, 200) : why;
        tx.required(() -> {
            CertificateRecord r = owned(tenantId, certificateId);
            if (r.getStatus() != CertificateStatus.REVOKED) {
                r.changeStatus(CertificateStatus.REVOKED, stored, now);
                audit.record(r, CertificateEventType.REVOKED, now, stored);
                active.invalidateOnCompletion(r.getEgsUnitId());
            }
        });
    }

    /** Marks one ACTIVE or PENDING certificate EXPIRED if its notAfter has passed; true when it did. */
    public boolean expire(Long certificateId, Instant now) {
        return tx.required(() -> {
            CertificateRecord r = em.find(CertificateRecord.class, certificateId);
            boolean due = r != null
                    && (r.getStatus() == CertificateStatus.ACTIVE || r.getStatus() == CertificateStatus.PENDING)
                    && !r.getNotAfter().isAfter(now);
            if (due) {
                r.changeStatus(CertificateStatus.EXPIRED, "expired at " + r.getNotAfter(), now);
                audit.record(r, CertificateEventType.EXPIRED, now, r.getStatusReason());
                active.invalidateOnCompletion(r.getEgsUnitId());
            }
            return due;
        });
    }

    /** The certificate if it belongs to the tenant; 404 otherwise, whether it exists elsewhere or not. */
    CertificateRecord owned(Long tenantId, Long certificateId) {
        CertificateRecord r = certificateId == null ? null : em.find(CertificateRecord.class, certificateId);
        if (r == null || !r.getTenantId().equals(tenantId)) {
            throw new ResourceNotFoundException("Certificate", certificateId);
        }
        return r;
    }
}
