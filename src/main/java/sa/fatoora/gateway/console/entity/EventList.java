package sa.fatoora.gateway.console.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of the tenant's events, newest first, as the console shows them.
 *
 * @param type  the event type filtered on ("" for all)
 * @param older the cursor of the next, older page; null on the last one
 */
public record EventList(List<Row> rows, String type, String older) {

    /** One event, its data as indented JSON text. */
    public record Row(long sequence, String id, String type, OffsetDateTime occurredAt, String subject, String data) {}

    public EventList {
        rows = List.copyOf(rows);
        type = type == null ? "" : type;
    }

    /** The filter as a query string's tail ({@code &type=...}), for the older page's link. */
    public String query() {
        return type.isEmpty() ? "" : "&type=" + URLEncoder.encode(type, StandardCharsets.UTF_8);
    }
}
