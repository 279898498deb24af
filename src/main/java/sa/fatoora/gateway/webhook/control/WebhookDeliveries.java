package sa.fatoora.gateway.webhook.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.certificate.control.KeyVault;
import sa.fatoora.gateway.event.control.EventJson;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.webhook.entity.DeliveryStatus;
import sa.fatoora.gateway.webhook.entity.Webhook;
import sa.fatoora.gateway.webhook.entity.WebhookDelivery;

/**
 * Sends what is due, at least once: claims up to {@code fatoora.webhooks.concurrency} due deliveries with one
 * conditional UPDATE (a lease only one instance can win; a lease of a dead instance lapses), sends them at the same
 * time outside any transaction, and records every outcome in one short transaction (only while the lease is still
 * held). A 2xx within the timeout delivers; anything else is retried by the {@link RetryPlan} until it is used up
 * (FAILED). An endpoint whose attempts have all failed for {@code fatoora.webhooks.disable-after} is disabled, with a
 * {@code webhook.disabled} event and an audit record.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookSender sender;

    @Inject
    KeyVault vault;

    @Inject
    Events events;

    @Inject
    AuditLog audit;

    @Inject
    WebhookMetrics metrics;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** A claimed delivery ready to go: where, what, and its signatures; or why it may not go. */
    record Outgoing(
            Long deliveryId,
            Long webhookId,
            URI url,
            String eventId,
            Instant occurredAt,
            String body,
            byte[][] keys,
            String refused) {}

    /** Sends one round of due deliveries; answers how many this instance claimed. */
    public int run() {
        Instant now = clock.instant();
        List<Long> due = tx.required(() -> em.createNamedQuery(WebhookDelivery.DUE, Long.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setParameter("enabled", true)
                .setMaxResults(settings.concurrency())
                .getResultList());
        if (due.isEmpty()) {
            return 0;
        }
        String token = UUID.randomUUID().toString();
        List<Outgoing> claimed = claim(due, token, now);
        List<WebhookSender.InFlight> flights = new ArrayList<>(claimed.size());
        long timestamp = clock.instant().getEpochSecond();
        for (Outgoing o : claimed) {
            flights.add(o.refused() == null ? send(o, timestamp) : null);
        }
        List<WebhookSender.Outcome> outcomes = new ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            WebhookSender.InFlight flight = flights.get(i);
            outcomes.add(
                    flight == null
                            ? new WebhookSender.Outcome(null, 0, claimed.get(i).refused())
                            : sender.finish(flight));
        }
        record(claimed, outcomes, token);
        return claimed.size();
    }

    private WebhookSender.InFlight send(Outgoing o, long timestamp) {
        List<byte[]> keys = List.of(o.keys());
        return sender.start(
                o.url(),
                o.eventId(),
                timestamp,
                StandardWebhooks.signatures(keys, o.eventId(), timestamp, o.body()),
                o.body());
    }

    /** Three statements besides the claim itself, whatever the number claimed: a round costs little database time. */
    private List<Outgoing> claim(List<Long> due, String token, Instant now) {
        return tx.required(() -> {
            int won = em.createNamedQuery(WebhookDelivery.CLAIM)
                    .setParameter("token", token)
                    .setParameter("until", now.plus(settings.lease()))
                    .setParameter("ids", due)
                    .setParameter("pending", DeliveryStatus.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (won == 0) {
                return List.of();
            }
            List<WebhookDelivery> claimed = em.createNamedQuery(WebhookDelivery.CLAIMED, WebhookDelivery.class)
                    .setParameter("token", token)
                    .getResultList();
            Map<Long, Webhook> hooks = webhooks(claimed);
            Map<Long, GatewayEvent> events = new HashMap<>();
            em.createQuery("SELECT e FROM GatewayEvent e WHERE e.id IN :ids", GatewayEvent.class)
                    .setParameter(
                            "ids",
                            claimed.stream()
                                    .map(WebhookDelivery::getEventId)
                                    .distinct()
                                    .toList())
                    .getResultList()
                    .forEach(e -> events.put(e.getId(), e));
            List<Outgoing> out = new ArrayList<>(claimed.size());
            for (WebhookDelivery d : claimed) {
                out.add(outgoing(d, hooks.get(d.getWebhookId()), events.get(d.getEventId()), now));
            }
            return out;
        });
    }

    private Map<Long, Webhook> webhooks(List<WebhookDelivery> deliveries) {
        Map<Long, Webhook> hooks = new HashMap<>();
        if (!deliveries.isEmpty()) {
            em.createQuery("SELECT w FROM Webhook w WHERE w.id IN :ids", Webhook.class)
                    .setParameter(
                            "ids",
                            deliveries.stream()
                                    .map(WebhookDelivery::getWebhookId)
                                    .distinct()
                                    .toList())
                    .getResultList()
                    .forEach(w -> hooks.put(w.getId(), w));
        }
        return hooks;
    }

    private Outgoing outgoing(WebhookDelivery d, Webhook w, GatewayEvent e, Instant now) {
        if (w == null || !w.isEnabled()) {
            return new Outgoing(d.getId(), d.getWebhookId(), null, null, null, null, null, "the endpoint is disabled");
        }
        if (e == null) {
            return new Outgoing(d.getId(), w.getId(), null, null, null, null, null, "the event is past its retention");
        }
        String refused = null;
        URI url = URI.create(w.getUrl());
        try {
            settings.guard().checkDestination(url); // again: a name may resolve elsewhere now
        } catch (DestinationRefusedException ex) {
            refused = "destination refused: " + ex.getMessage();
        }
        List<byte[]> keys = new ArrayList<>(2);
        keys.add(vault.open(w.getSecret(), Webhooks.purpose(w)));
        if (w.previousSecretValid(now)) {
            keys.add(vault.open(w.getPreviousSecret(), Webhooks.purpose(w)));
        }
        return new Outgoing(
                d.getId(),
                w.getId(),
                url,
                e.getEventId(),
                e.getOccurredAt(),
                EventJson.body(e),
                keys.toArray(new byte[0][]),
                refused);
    }

    /**
     * One transaction for the round: the deliveries still leased by this round (read and locked in one statement; a
     * lease that ran out was taken over by another instance, whose outcome counts) get their outcomes.
     */
    private void record(List<Outgoing> claimed, List<WebhookSender.Outcome> outcomes, String token) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < claimed.size(); i++) {
            index.put(claimed.get(i).deliveryId(), i);
        }
        tx.required(() -> {
            Instant now = clock.instant();
            List<WebhookDelivery> held = em.createNamedQuery(WebhookDelivery.HELD, WebhookDelivery.class)
                    .setParameter("token", token)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            Map<Long, Webhook> hooks = webhooks(held);
            for (WebhookDelivery d : held) {
                Integer i = index.get(d.getId());
                if (i == null) {
                    continue;
                }
                Outgoing o = claimed.get(i);
                WebhookSender.Outcome outcome = outcomes.get(i);
                Webhook w = hooks.get(d.getWebhookId());
                if (outcome.delivered()) {
                    d.succeeded(outcome.statusCode(), outcome.latencyMs(), now);
                    if (w != null) {
                        w.succeeded();
                    }
                    metrics.delivered(d.getWebhookId(), outcome.latencyMs(), o.occurredAt(), now);
                } else {
                    Instant next =
                            settings.retries().next(d.getAttempts() + 1, now, ThreadLocalRandom.current()::nextDouble);
                    Long latency = o.refused() != null ? null : outcome.latencyMs();
                    d.failed(outcome.statusCode(), latency, outcome.error(), next, now);
                    metrics.failed(d.getWebhookId(), next == null);
                    if (w != null && w.isEnabled()) {
                        w.failed(now);
                        disableIfFailingTooLong(w, now);
                    }
                }
            }
        });
    }

    private void disableIfFailingTooLong(Webhook w, Instant now) {
        if (w.getFailingSince() == null
                || w.getFailingSince().plus(settings.disableAfter()).isAfter(now)) {
            return;
        }
        String reason = "every attempt failed since " + w.getFailingSince() + " (fatoora.webhooks.disable-after "
                + settings.disableAfter() + ")";
        em.lock(w, LockModeType.PESSIMISTIC_WRITE);
        w.disable(reason, now);
        events.publish(
                w.getTenantId(),
                EventType.WEBHOOK_DISABLED,
                Webhooks.subject(w),
                JSON.createObjectBuilder()
                        .add("webhookId", w.getId())
                        .add("url", w.getUrl())
                        .add("reason", reason)
                        .build());
        audit.record(
                w.getTenantId(),
                null,
                Webhooks.subject(w),
                AuditType.WEBHOOK_DISABLED,
                AuditOutcome.SUCCEEDED,
                "webhook " + w.getId() + " disabled: " + reason);
        LOG.warning(() -> "webhook " + w.getId() + " of tenant " + w.getTenantId() + " disabled: " + reason);
    }
}
