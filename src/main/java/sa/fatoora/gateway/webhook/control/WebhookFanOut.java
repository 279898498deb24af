package sa.fatoora.gateway.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.webhook.entity.Webhook;
import sa.fatoora.gateway.webhook.entity.WebhookDelivery;

/**
 * Turns published events into deliveries: for each enabled endpoint, the tenant's events after its cursor that it
 * subscribes to, one delivery each, and the cursor moved past them, in one transaction holding the endpoint's row
 * lock, so two instances never fan the same event out twice. Pings are not fanned out (Webhooks#ping delivers them).
 */
@ApplicationScoped
public class WebhookFanOut {

    static final int EVENTS_PER_PASS = 500;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    Events events;

    @Inject
    DeliveryWakeUp wakeUp;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Answers the deliveries made. */
    public int run() {
        List<Object[]> enabled = tx.required(() -> em.createNamedQuery(Webhook.ENABLED_IDS, Object[].class)
                .setParameter("enabled", true)
                .getResultList());
        Set<Long> tenants = new HashSet<>();
        enabled.forEach(row -> tenants.add((Long) row[1]));
        wakeUp.listening(tenants);
        int made = 0;
        for (Object[] row : enabled) {
            made += fanOut((Long) row[0]);
        }
        return made;
    }

    int fanOut(Long webhookId) {
        return tx.required(() -> {
            Webhook peek = em.find(Webhook.class, webhookId);
            if (peek == null || !peek.isEnabled() || events.lastSequence(peek.getTenantId()) <= peek.getEventCursor()) {
                return 0; // nothing new for it: no lock taken
            }
            Webhook w = peek;
            em.refresh(
                    w, LockModeType.PESSIMISTIC_WRITE); // read again under the lock: another instance may have moved it
            if (!w.isEnabled()) {
                return 0;
            }
            List<GatewayEvent> after = em.createNamedQuery(GatewayEvent.AFTER, GatewayEvent.class)
                    .setParameter("tenantId", w.getTenantId())
                    .setParameter("after", w.getEventCursor())
                    .setMaxResults(EVENTS_PER_PASS)
                    .getResultList();
            int made = 0;
            for (GatewayEvent e : after) {
                if (!e.getType().equals(EventType.WEBHOOK_PING.wireName()) && w.subscribes(e.getType())) {
                    em.persist(new WebhookDelivery(w.getId(), w.getTenantId(), e.getId(), clock.instant()));
                    made++;
                }
                w.advanceCursor(e.getSequence());
            }
            return made;
        });
    }
}
