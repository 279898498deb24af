package sa.fatoora.gateway.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import sa.fatoora.gateway.audit.entity.AuditEvent;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.tenant.control.CurrentTenant;
import sa.fatoora.gateway.tenant.entity.TenantEvent;

/**
 * Writes audit records (README "Audit trail"). Joins the caller's transaction when there is one (the record commits
 * or rolls back with what it describes), else commits on its own (a refusal that stores nothing else is still
 * recorded). The actor is the current request's key ({@code api-key:<id>}, or {@code admin} for the administrator key;
 * CurrentTenant), or {@code system} outside a request (timers, the outbox). Inserting takes no lock: the
 * sealer links committed records into their chain a moment later.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    public static final String SYSTEM = "system";
    public static final String ADMIN = "admin";

    @Inject
    CurrentTenant current;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** An event about a unit (the subject {@code egs-unit:<id>}), succeeded unless its type says it was refused. */
    public void record(Long tenantId, Long egsUnitId, String type, String detail) {
        AuditOutcome outcome = type.endsWith("_REFUSED")
                ? AuditOutcome.REFUSED
                : type.endsWith("_NOT_REPORTED") ? AuditOutcome.FAILED : AuditOutcome.SUCCEEDED;
        record(tenantId, egsUnitId, AuditType.subject("egs-unit", egsUnitId), type, outcome, detail);
    }

    public void record(
            Long tenantId, Long egsUnitId, String subject, String type, AuditOutcome outcome, String detail) {
        AuditEvent event =
                new AuditEvent(actor(), tenantId, egsUnitId, subject, type, outcome, detail, clock.instant());
        tx.required(() -> em.persist(event));
    }

    /** Tenants and their keys (TenantService fires these inside its transaction). */
    void onTenantChange(@Observes TenantEvent e) {
        record(e.tenantId(), null, e.subject(), e.kind().name(), AuditOutcome.SUCCEEDED, e.detail());
    }

    /** The current request's actor; {@code system} outside a request. */
    String actor() {
        try {
            if (current.isAdmin()) {
                return ADMIN;
            }
            Long key = current.keyId();
            return key == null ? SYSTEM : "api-key:" + key;
        } catch (ContextNotActiveException e) {
            return SYSTEM;
        }
    }
}
