package sa.fatoora.gateway.console.entity;

import java.util.Arrays;
import java.util.List;
import sa.fatoora.gateway.event.entity.EventType;

/**
 * The console's form for a new webhook endpoint, as typed: shown again with its values when the gateway refuses it
 * (a bad URL, a refused destination), so nothing typed is lost.
 *
 * @param events the ticked event types' wire names; none ticked: every event
 */
public record WebhookForm(String url, List<String> events, String description) {

    public static final WebhookForm EMPTY = new WebhookForm("", List.of(), "");

    /** The event types one may tick: all but the ping, which every endpoint gets on request without asking. */
    public static final List<String> TYPES = Arrays.stream(EventType.values())
            .filter(t -> t != EventType.WEBHOOK_PING)
            .map(EventType::wireName)
            .toList();

    public WebhookForm {
        url = url == null ? "" : url;
        events = events == null ? List.of() : List.copyOf(events);
        description = description == null ? "" : description;
    }

    public boolean ticked(String type) {
        return events.contains(type);
    }
}
