package sa.fatoora.gateway.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFeedTest {

    @Test
    void cursorsAreWholeNumbersFromZero() {
        assertEquals(0, EventFeed.cursor(null));
        assertEquals(0, EventFeed.cursor(" "));
        assertEquals(41, EventFeed.cursor("41"));
        assertEquals(
                "EVENT_QUERY_INVALID",
                assertThrows(EventQueryException.class, () -> EventFeed.cursor("-1"))
                        .code());
        assertThrows(EventQueryException.class, () -> EventFeed.cursor("abc"));
    }

    @Test
    void limitsFromOneToAThousand() {
        assertEquals(EventFeed.DEFAULT_LIMIT, EventFeed.limit(null));
        assertEquals(1000, EventFeed.limit("1000"));
        assertThrows(EventQueryException.class, () -> EventFeed.limit("0"));
        assertThrows(EventQueryException.class, () -> EventFeed.limit("1001"));
    }

    @Test
    void typesCommaSeparatedOrRepeatedAndOnlyKnownOnes() {
        assertEquals(
                Set.of("invoice.cleared", "invoice.rejected", "batch.completed"),
                EventFeed.types(List.of("invoice.cleared, invoice.rejected", "batch.completed")));
        EventQueryException e =
                assertThrows(EventQueryException.class, () -> EventFeed.types(List.of("invoice.eaten")));
        assertEquals(400, e.status());
    }

    @Test
    void eventIdsAreOpaqueAndHeaderSafe() {
        String id = Events.newEventId();
        assertEquals(36, id.length());
        assertEquals(true, id.matches("evt_[0-9a-f]{32}"));
    }
}
