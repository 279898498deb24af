package sa.fatoora.gateway.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import sa.fatoora.gateway.event.entity.EventCounter;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.event.entity.PendingEvent;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * Gives committed events their per-tenant sequence numbers. Numbers are handed out under the tenant's counter row
 * lock, and only to events whose transactions have committed (the others are not visible yet), so numbers become
 * visible in increasing order and a poller reading "after n" can never see n+1 and later find n.
 *
 * <p>Why after the commit and not in the publishing transaction: holding the tenant's counter lock from the
 * publication to the commit made all of a tenant's invoice transactions, whatever their unit, wait for each other's
 * commit (measured: 19-39 % fewer invoices per second with 8 units of one tenant, docs/benchmarks.md). Here the lock
 * is held only by this short numbering transaction, which numbers many events at once under load. The webhook
 * loop numbers before it fans out, the feed numbers its tenant before it reads (so an event is numbered at the
 * latest when someone looks), and EventRetentionWorker numbers what is left once a minute.
 */
@ApplicationScoped
public class EventNumbering {

    static final int PER_TRANSACTION = 500;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    /** Numbers every tenant's waiting events; answers how many it numbered. */
    public int numberPending() {
        List<Long> tenants = tx.required(
                () -> em.createNamedQuery(PendingEvent.TENANTS, Long.class).getResultList());
        int numbered = 0;
        for (Long tenantId : tenants) {
            numbered += number(tenantId);
        }
        return numbered;
    }

    /** Numbers one tenant's waiting events (in the caller's transaction when there is one); answers how many. */
    public int number(Long tenantId) {
        int total = 0;
        int numbered;
        do {
            numbered = tx.required(() -> numberSome(tenantId));
            total += numbered;
        } while (numbered == PER_TRANSACTION);
        return total;
    }

    private int numberSome(Long tenantId) {
        if (pending(tenantId, 1).isEmpty()) {
            return 0; // the usual case for a reader: no lock taken
        }
        EventCounter counter = em.find(EventCounter.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // a tenant made before events existed and never given a counter (migration 0006 gives every tenant
            // one, Events does for new ones): this transaction makes it
            counter = new EventCounter(tenantId);
            em.persist(counter);
        }
        // read again under the lock: another instance (or loop) may have numbered them meanwhile
        List<PendingEvent> pending = pending(tenantId, PER_TRANSACTION);
        List<Long> ids = pending.stream().map(PendingEvent::getEventId).toList();
        // one query for the events, one statement for the pending rows: not three round trips per event
        for (GatewayEvent event : em.createNamedQuery(GatewayEvent.BY_IDS, GatewayEvent.class)
                .setParameter("ids", ids)
                .getResultList()) {
            if (!event.isNumbered()) {
                event.number(counter.next());
            }
        }
        em.createNamedQuery(PendingEvent.REMOVE).setParameter("ids", ids).executeUpdate();
        return pending.size();
    }

    private List<PendingEvent> pending(Long tenantId, int limit) {
        return em.createNamedQuery(PendingEvent.OF_TENANT, PendingEvent.class)
                .setParameter("tenantId", tenantId)
                .setMaxResults(limit)
                .getResultList();
    }
}
