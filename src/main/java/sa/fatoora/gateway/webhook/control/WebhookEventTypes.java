package sa.fatoora.gateway.webhook.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.webhook.entity.Webhook;

/** The event types a registration asks for: known wire names, or none / {@code *} for all; pings are implied. */
final class WebhookEventTypes {

    private WebhookEventTypes() {}

    static Set<String> of(List<String> requested) {
        Set<String> types = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            types.add(Webhook.ALL);
            return types;
        }
        for (int i = 0; i < requested.size(); i++) {
            String name = requested.get(i) == null ? "" : requested.get(i).strip();
            if (name.equals(Webhook.ALL)) {
                return Set.of(Webhook.ALL);
            }
            EventType type = EventType.ofWireName(name)
                    .orElseThrow(() -> new WebhookRejectedException(
                            "/events", "events: '" + clip(name) + "' is not an event type (see GET /api/v1/events)"));
            if (type == EventType.WEBHOOK_PING) {
                throw new WebhookRejectedException(
                        "/events", "events: webhook.ping is not subscribed to; every endpoint gets its own pings");
            }
            types.add(name);
        }
        return types;
    }

    private static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }
}
