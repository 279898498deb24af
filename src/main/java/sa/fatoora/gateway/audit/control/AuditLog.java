package sa.fatoora.gateway.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import sa.fatoora.gateway.audit.entity.AuditEvent;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * Writes audit events. Joins the caller's transaction when there is one (the event commits or rolls back with what
 * it describes), else commits on its own (a refusal that stores nothing else is still recorded).
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public void record(Long tenantId, Long egsUnitId, String type, String detail) {
        tx.required(() -> em.persist(new AuditEvent(tenantId, egsUnitId, type, detail, Instant.now(clock))));
    }
}
