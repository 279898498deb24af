package sa.fatoora.gateway.webhook.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.certificate.control.KeyVault;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.platform.control.ConflictException;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.webhook.entity.DeliveryPage;
import sa.fatoora.gateway.webhook.entity.DeliveryView;
import sa.fatoora.gateway.webhook.entity.Webhook;
import sa.fatoora.gateway.webhook.entity.WebhookDelivery;
import sa.fatoora.gateway.webhook.entity.WebhookRequest;
import sa.fatoora.gateway.webhook.entity.WebhookView;

/**
 * A tenant's webhook endpoints (README "Events and webhooks"): registration (the URL checked by the SSRF guard, the
 * secret generated, sealed and shown once), changes, removal, secret rotation with an overlap, pings, the deliveries
 * and redelivery. Every change is audited; another tenant's endpoint is a 404.
 */
@ApplicationScoped
public class Webhooks {

    static final Duration MAX_OVERLAP = Duration.ofDays(7);

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    WebhookSettings settings;

    @Inject
    KeyVault vault;

    @Inject
    Events events;

    @Inject
    AuditLog audit;

    @Inject
    WebhookViews views;

    @Inject
    DeliveryWakeUp wakeUp;

    @Inject
    @ConfigProperty(name = "fatoora.webhooks.max-per-tenant", defaultValue = "20")
    int maxPerTenant;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public WebhookView create(Long tenantId, WebhookRequest request) {
        if (request == null) {
            throw new WebhookRejectedException("", "a JSON body with url and events is required");
        }
        URI url = settings.guard().check(request.url());
        Set<String> types = WebhookEventTypes.of(request.events());
        String description = description(request.description());
        String secret = StandardWebhooks.newSecret();
        long cursor = events.lastSequence(tenantId);
        Webhook created = tx.required(() -> {
            long existing = em.createNamedQuery(Webhook.OF_TENANT, Webhook.class)
                    .setParameter("tenantId", tenantId)
                    .getResultList()
                    .size();
            if (existing >= maxPerTenant) {
                throw new ConflictException(
                        "WEBHOOK_LIMIT", "a tenant may register at most " + maxPerTenant + " webhook endpoints");
            }
            Webhook w = new Webhook(tenantId, url.toString(), types, description, cursor, clock.instant());
            em.persist(w);
            em.flush(); // the id is part of the secret's sealing purpose
            w.sealSecret(vault.seal(StandardWebhooks.key(secret), purpose(w)), clock.instant());
            audit.record(
                    tenantId,
                    null,
                    subject(w),
                    AuditType.WEBHOOK_CREATED,
                    AuditOutcome.SUCCEEDED,
                    "webhook " + w.getId() + " for " + String.join(",", w.eventTypeSet()) + " at " + url.getHost());
            return w;
        });
        wakeUp.now(); // the loop's next round learns that this tenant's events have somewhere to go
        return views.of(created, secret);
    }

    public List<WebhookView> list(Long tenantId) {
        return tx.required(
                () -> em
                        .createNamedQuery(Webhook.OF_TENANT, Webhook.class)
                        .setParameter("tenantId", tenantId)
                        .getResultList()
                        .stream()
                        .map(w -> views.of(w, null))
                        .toList());
    }

    public WebhookView get(Long tenantId, Long id) {
        return tx.required(() -> views.of(owned(tenantId, id, false), null));
    }

    public WebhookView change(Long tenantId, Long id, WebhookRequest request) {
        if (request == null) {
            throw new WebhookRejectedException("", "a JSON body with the fields to change is required");
        }
        String url = request.url() == null
                ? null
                : settings.guard().check(request.url()).toString();
        Set<String> types = request.events() == null ? null : WebhookEventTypes.of(request.events());
        String description = request.description() == null ? null : description(request.description());
        WebhookView changed = tx.required(() -> {
            Webhook w = owned(tenantId, id, true);
            w.change(url, types, description, request.enabled(), clock.instant());
            audit.record(
                    tenantId,
                    null,
                    subject(w),
                    AuditType.WEBHOOK_CHANGED,
                    AuditOutcome.SUCCEEDED,
                    "webhook " + w.getId() + (url == null ? "" : " url") + (types == null ? "" : " events")
                            + (request.enabled() == null ? "" : request.enabled() ? " enabled" : " disabled"));
            return views.of(w, null);
        });
        if (Boolean.TRUE.equals(request.enabled())) {
            wakeUp.now(); // as for a new endpoint
        }
        return changed;
    }

    public void delete(Long tenantId, Long id) {
        tx.required(() -> {
            Webhook w = owned(tenantId, id, true);
            em.createQuery("DELETE FROM WebhookDelivery d WHERE d.webhookId = :id")
                    .setParameter("id", w.getId())
                    .executeUpdate();
            em.remove(w);
            audit.record(
                    tenantId,
                    null,
                    subject(w),
                    AuditType.WEBHOOK_DELETED,
                    AuditOutcome.SUCCEEDED,
                    "webhook " + w.getId() + " deleted");
        });
    }

    /** A new secret, shown once; the old one goes on signing beside it for {@code overlap} (ISO-8601, at most P7D). */
    public WebhookView rotate(Long tenantId, Long id, String overlap) {
        Duration asked = overlap(overlap);
        Duration keep = asked == null ? settings.rotationOverlap() : asked;
        String secret = StandardWebhooks.newSecret();
        Webhook rotated = tx.required(() -> {
            Webhook w = owned(tenantId, id, true);
            w.rotate(
                    vault.seal(StandardWebhooks.key(secret), purpose(w)),
                    clock.instant().plus(keep),
                    clock.instant());
            audit.record(
                    tenantId,
                    null,
                    subject(w),
                    AuditType.WEBHOOK_SECRET_ROTATED,
                    AuditOutcome.SUCCEEDED,
                    "webhook " + w.getId() + " secret rotated; the previous one signs until "
                            + w.getPreviousSecretUntil());
            return w;
        });
        return views.of(rotated, secret);
    }

    /** A {@code webhook.ping} event delivered to this endpoint only (not fanned out to the others). */
    public DeliveryView ping(Long tenantId, Long id) {
        DeliveryView view = tx.required(() -> {
            Webhook w = owned(tenantId, id, false);
            if (!w.isEnabled()) {
                throw new ConflictException("WEBHOOK_DISABLED", "webhook " + id + " is disabled; enable it first");
            }
            GatewayEvent ping = events.publish(
                    tenantId,
                    EventType.WEBHOOK_PING,
                    subject(w),
                    JSON.createObjectBuilder()
                            .add("webhookId", w.getId())
                            .add("message", "A test event from Fatoora Gateway")
                            .build());
            WebhookDelivery d = new WebhookDelivery(w.getId(), tenantId, ping.getId(), clock.instant());
            em.persist(d);
            return views.of(d, ping);
        });
        wakeUp.now();
        return view;
    }

    public DeliveryPage deliveries(Long tenantId, Long id, String before, String limit) {
        long cursor = WebhookParameters.before(before);
        int size = WebhookParameters.limit(limit);
        return tx.required(() -> {
            owned(tenantId, id, false);
            List<WebhookDelivery> page = em.createNamedQuery(WebhookDelivery.OF_WEBHOOK, WebhookDelivery.class)
                    .setParameter("webhookId", id)
                    .setParameter("before", cursor)
                    .setMaxResults(size + 1)
                    .getResultList();
            boolean more = page.size() > size;
            List<DeliveryView> list = new ArrayList<>();
            for (WebhookDelivery d : more ? page.subList(0, size) : page) {
                list.add(views.of(d, em.find(GatewayEvent.class, d.getEventId())));
            }
            return new DeliveryPage(
                    list, more ? Long.toString(page.get(size - 1).getId()) : null);
        });
    }

    public DeliveryView redeliver(Long tenantId, Long id, Long deliveryId) {
        DeliveryView view = tx.required(() -> {
            Webhook w = owned(tenantId, id, false);
            WebhookDelivery d = deliveryId == null
                    ? null
                    : em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
            if (d == null || !d.getWebhookId().equals(w.getId())) {
                throw new ResourceNotFoundException("Delivery", deliveryId);
            }
            if (!w.isEnabled()) {
                throw new ConflictException("WEBHOOK_DISABLED", "webhook " + id + " is disabled; enable it first");
            }
            d.redeliver(clock.instant());
            audit.record(
                    tenantId,
                    null,
                    subject(w),
                    AuditType.WEBHOOK_REDELIVERY,
                    AuditOutcome.SUCCEEDED,
                    "delivery " + d.getId() + " of webhook " + w.getId() + " sent again on request");
            return views.of(d, em.find(GatewayEvent.class, d.getEventId()));
        });
        wakeUp.now();
        return view;
    }

    private Webhook owned(Long tenantId, Long id, boolean lock) {
        Webhook w = id == null
                ? null
                : lock ? em.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Webhook.class, id);
        if (w == null || !w.getTenantId().equals(tenantId)) {
            throw new ResourceNotFoundException("Webhook", id);
        }
        return w;
    }

    static String purpose(Webhook w) {
        return "FG_WEBHOOK/" + w.getTenantId() + "/" + w.getId() + "/secret";
    }

    static String subject(Webhook w) {
        return AuditType.subject("webhook", w.getId());
    }

    private static String description(String description) {
        if (description == null) {
            return null;
        }
        String d = description.strip();
        if (d.length() > Webhook.DESCRIPTION_LENGTH) {
            throw new WebhookRejectedException(
                    "/description", "description: at most " + Webhook.DESCRIPTION_LENGTH + " characters");
        }
        return d.isEmpty() ? null : d;
    }

    static Duration overlap(String overlap) {
        if (overlap == null || overlap.isBlank()) {
            return null;
        }
        try {
            Duration d = Duration.parse(overlap.strip());
            if (!d.isNegative() && d.compareTo(MAX_OVERLAP) <= 0) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // the answer below
        }
        throw new WebhookRejectedException("/overlap", "overlap: an ISO-8601 duration from PT0S to P7D, e.g. PT24H");
    }
}
