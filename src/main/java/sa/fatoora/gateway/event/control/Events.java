package sa.fatoora.gateway.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import sa.fatoora.gateway.event.entity.EventCounter;
import sa.fatoora.gateway.event.entity.EventPublished;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.tenant.entity.TenantEvent;

/**
 * Publishes events (README "Events and webhooks"): joins the caller's transaction, so the event commits or rolls
 * back with the change it describes (no event without the change, no change without its event). The tenant's
 * counter row is locked for the rest of that transaction, which numbers the tenant's events in commit order.
 * {@link EventPublished} is fired for transactional observers ({@code during = AFTER_SUCCESS}), so that deliverers
 * can start right after the commit instead of at their next poll.
 */
@ApplicationScoped
public class Events {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    Event<EventPublished> published;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public GatewayEvent publish(Long tenantId, EventType type, String subject, JsonObject data) {
        return tx.required(() -> {
            EventCounter counter = em.find(EventCounter.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                // a tenant made before events existed and never given a counter (migration 0006 gives every
                // tenant one, TenantService's creation below does for new ones): this transaction makes it
                counter = new EventCounter(tenantId);
                em.persist(counter);
            }
            GatewayEvent event = new GatewayEvent(
                    newEventId(), tenantId, counter.next(), type, subject, clock.instant(), data.toString());
            em.persist(event);
            published.fire(new EventPublished(tenantId, type)); // observers wait for the commit (AFTER_SUCCESS)
            return event;
        });
    }

    /** The tenant's last event sequence number so far (0 before its first event). */
    public long lastSequence(Long tenantId) {
        return tx.required(() -> {
            EventCounter counter = em.find(EventCounter.class, tenantId);
            return counter == null ? 0L : counter.getLastSequence();
        });
    }

    /** A new tenant gets its counter in its own creation's transaction, so no two first events race to make it. */
    void onTenantChange(@Observes TenantEvent e) {
        if (e.kind() == TenantEvent.Kind.TENANT_CREATED && em.find(EventCounter.class, e.tenantId()) == null) {
            em.persist(new EventCounter(e.tenantId()));
        }
    }

    /** {@code evt_} and 32 hex digits: opaque, unique, safe in a header. */
    static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }
}
