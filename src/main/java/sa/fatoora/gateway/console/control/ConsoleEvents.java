package sa.fatoora.gateway.console.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import sa.fatoora.gateway.console.entity.EventList;
import sa.fatoora.gateway.event.control.EventFeed;
import sa.fatoora.gateway.event.entity.EventPage;

/** The tenant's events feed for people: newest first, one type or all, each event's data as indented JSON. */
@ApplicationScoped
public class ConsoleEvents {

    static final String PAGE_SIZE = "50";
    private static final JsonWriterFactory PRETTY =
            JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    EventFeed feed;

    /** Throws EventQueryException (a 400 with its reason) for an unknown type or a bad cursor. */
    public EventList page(Long tenantId, String type, String before) {
        String wanted = type == null ? "" : type.strip();
        EventPage page = feed.newestFirst(tenantId, before, PAGE_SIZE, wanted.isEmpty() ? null : List.of(wanted));
        List<EventList.Row> rows = page.events().stream()
                .map(e -> new EventList.Row(
                        e.sequence(), e.id(), e.type(), e.occurredAt(), e.subject(), pretty(e.data())))
                .toList();
        return new EventList(rows, wanted, page.nextCursor());
    }

    static String pretty(JsonObject data) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(data);
        }
        return out.toString().strip();
    }
}
