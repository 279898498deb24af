package sa.fatoora.gateway.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.certificate.entity.CertificateEvent;
import sa.fatoora.gateway.certificate.entity.CertificateEventType;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;

/**
 * The certificate audit trail: one FG_CERTIFICATE_EVENT row (the certificate's own history, which also makes "each
 * warning once" hold), one record in the gateway's audit trail (type CERTIFICATE_ plus the event, subject
 * certificate:id) and one structured log line per event. Both carry ids,
 * statuses and dates only: never a key, token or secret.
 */
@ApplicationScoped
public class CertificateAudit {

    private static final Logger LOG = Logger.getLogger(CertificateAudit.class.getName());

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    CertificateEvents events;

    /** Within the caller's transaction. */
    public void record(CertificateRecord c, CertificateEventType type, Instant at, String detail) {
        record(c, type.name(), at, detail);
    }

    /** The same for a type by its name (an expiry warning: CertificateEventType#expiryWarning). */
    public void record(CertificateRecord c, String type, Instant at, String detail) {
        em.persist(new CertificateEvent(c, type, at, detail));
        auditLog.record(
                c.getTenantId(),
                c.getEgsUnitId(),
                AuditType.subject("certificate", c.getId()),
                AuditType.CERTIFICATE_PREFIX + type,
                AuditOutcome.SUCCEEDED,
                detail);
        events.recorded(c, type);
        Level level = type.startsWith("EXPIR") ? Level.WARNING : Level.INFO;
        // key=value pairs: one line a log pipeline can parse (the JSON log format wraps it as the message)
        LOG.log(
                level,
                "certificate event=" + type + " certificate=" + c.getId() + " egsUnit=" + c.getEgsUnitId() + " tenant="
                        + c.getTenantId() + " status=" + c.getStatus() + " notAfter=" + c.getNotAfter() + " detail=\""
                        + detail + "\"");
    }

    public boolean happened(CertificateRecord c, String type) {
        return em.createNamedQuery(CertificateEvent.COUNT_OF_TYPE, Long.class)
                        .setParameter("certificate", c.getId())
                        .setParameter("type", type)
                        .getSingleResult()
                > 0;
    }

    public List<CertificateEvent> of(Long certificateId) {
        return em.createNamedQuery(CertificateEvent.OF_CERTIFICATE, CertificateEvent.class)
                .setParameter("certificate", certificateId)
                .getResultList();
    }
}
