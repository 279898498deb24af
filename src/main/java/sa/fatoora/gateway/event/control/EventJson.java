package sa.fatoora.gateway.event.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import sa.fatoora.gateway.event.entity.EventView;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.platform.control.Riyadh;

/**
 * The one JSON form of an event, for the feed and for webhook bodies (Standard Webhooks' {@code type},
 * {@code timestamp}, {@code data}, plus the id, tenant and sequence).
 */
public final class EventJson {

    private EventJson() {}

    public static EventView view(GatewayEvent e) {
        return new EventView(
                e.getEventId(),
                e.getType(),
                e.getTenantId(),
                e.getSequence(),
                OffsetDateTime.ofInstant(e.getOccurredAt(), Riyadh.ZONE),
                e.getSubject(),
                data(e));
    }

    /** The webhook body: the same fields as the feed, with {@code timestamp} as Standard Webhooks names it. */
    public static String body(GatewayEvent e) {
        return JSON.createObjectBuilder()
                .add("id", e.getEventId())
                .add("type", e.getType())
                .add("timestamp", Riyadh.timestamp(e.getOccurredAt()))
                .add("tenantId", e.getTenantId())
                .add("sequence", e.getSequence())
                .add("subject", e.getSubject() == null ? "" : e.getSubject())
                .add("data", data(e))
                .build()
                .toString();
    }

    static JsonObject data(GatewayEvent e) {
        try (JsonReader reader = JSON.createReader(new StringReader(e.getData()))) {
            return reader.readObject();
        }
    }
}
