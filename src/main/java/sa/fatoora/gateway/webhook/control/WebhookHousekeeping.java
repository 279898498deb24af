package sa.fatoora.gateway.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.webhook.entity.DeliveryStatus;
import sa.fatoora.gateway.webhook.entity.WebhookDelivery;

/**
 * Between delivery rounds: counts the pending deliveries for JMX (every few seconds, not every round) and deletes
 * deliveries older than the events' retention (once an hour).
 */
@ApplicationScoped
public class WebhookHousekeeping {

    private static final Logger LOG = Logger.getLogger(WebhookHousekeeping.class.getName());
    static final Duration COUNT_EVERY = Duration.ofSeconds(5);
    static final Duration PURGE_EVERY = Duration.ofHours(1);

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookMetrics metrics;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private volatile Instant lastCount = Instant.EPOCH;
    private volatile Instant lastPurge = Instant.EPOCH;

    public void countPending() {
        Instant now = clock.instant();
        if (now.isBefore(lastCount.plus(COUNT_EVERY))) {
            return;
        }
        lastCount = now;
        metrics.pending(tx.required(() -> em.createNamedQuery(WebhookDelivery.COUNT_PENDING, Long.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .getSingleResult()));
        if (now.isAfter(lastPurge.plus(PURGE_EVERY))) {
            lastPurge = now;
            int deleted = tx.required(() -> em.createNamedQuery(WebhookDelivery.PURGE)
                    .setParameter("before", now.minus(settings.retention()))
                    .executeUpdate());
            if (deleted > 0) {
                LOG.info(() -> "webhooks: " + deleted + " deliveries past the retention deleted");
            }
        }
    }
}
