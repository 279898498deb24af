package sa.fatoora.gateway.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.webhook.entity.DeliveryView;
import sa.fatoora.gateway.webhook.entity.Webhook;
import sa.fatoora.gateway.webhook.entity.WebhookDelivery;
import sa.fatoora.gateway.webhook.entity.WebhookView;

/** Endpoints and deliveries as the API shows them, times in Riyadh with their offset; never a sealed secret. */
@ApplicationScoped
public class WebhookViews {

    @Inject
    Clock clock = StoredTime.CLOCK;

    WebhookView of(Webhook w, String secretShownOnce) {
        return new WebhookView(
                w.getId(),
                w.getUrl(),
                List.copyOf(w.eventTypeSet()),
                w.getDescription(),
                w.isEnabled(),
                w.getDisabledReason(),
                riyadh(w.getFailingSince()),
                w.previousSecretValid(clock.instant()) ? riyadh(w.getPreviousSecretUntil()) : null,
                riyadh(w.getCreatedAt()),
                riyadh(w.getUpdatedAt()),
                secretShownOnce);
    }

    DeliveryView of(WebhookDelivery d, GatewayEvent event) {
        return new DeliveryView(
                d.getId(),
                event == null ? null : event.getEventId(),
                event == null ? null : event.getType(),
                d.getStatus(),
                d.getAttempts(),
                d.getLastStatusCode(),
                d.getLastLatencyMs(),
                d.getLastError(),
                riyadh(d.getLastAttemptAt()),
                riyadh(d.getNextAttemptAt()),
                riyadh(d.getDeliveredAt()),
                riyadh(d.getCreatedAt()));
    }

    static OffsetDateTime riyadh(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, Riyadh.ZONE);
    }
}
