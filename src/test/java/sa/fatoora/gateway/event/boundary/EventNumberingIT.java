package sa.fatoora.gateway.event.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * Events are numbered after their transactions commit (event.control.EventNumbering), so that a tenant's units
 * never wait for each other's commits. What that must not cost: a poller reading the feed while invoices of several
 * units are issued at once sees every event exactly once, numbered 1, 2, 3, ... without a gap, and never sees a
 * number before a smaller one.
 */
class EventNumberingIT {

    static final int UNITS = 3;
    static final int CLIENTS = 6;
    static final int INVOICES_PER_CLIENT = 6;

    @Test
    void aPollerReadingWhileUnitsIssueAtOnceSeesEveryEventOnceInOrder() throws Exception {
        Api.Tenant tenant = Api.newTenant();
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(Fixtures.onboardedEgsUnit(tenant.key(), "1100"));
        }
        Set<Long> issued = ConcurrentHashMap.newKeySet();
        AtomicBoolean issuing = new AtomicBoolean(true);
        List<JsonObject> seen = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            Future<?> poller = pool.submit(() -> {
                String cursor = "0";
                while (issuing.get()) {
                    cursor = poll(tenant, cursor, seen);
                }
                return null;
            });
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long unit = units.get(c % UNITS);
                String example = c % 2 == 0 ? "simplified-invoice" : "standard-invoice";
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < INVOICES_PER_CLIENT; i++) {
                        Api.Reply r =
                                Api.post("/api/v1/invoices", tenant.key(), Fixtures.exampleInvoice(example, unit));
                        assertEquals(201, r.status(), r::toString);
                        issued.add(r.object().getJsonNumber("id").longValue());
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            issuing.set(false);
            poller.get();
        } finally {
            pool.shutdownNow();
        }
        // the rest, after the last invoice: the feed numbers what has committed before it answers
        String cursor = seen.isEmpty() ? "0" : Long.toString(sequence(seen.get(seen.size() - 1)));
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (invoiceIds(seen).size() < issued.size() && Instant.now().isBefore(end)) {
            cursor = poll(tenant, cursor, seen);
        }

        assertEquals(CLIENTS * INVOICES_PER_CLIENT, issued.size());
        assertEquals(issued, invoiceIds(seen), "every invoice's event, seen by the poller");
        Set<String> ids = new HashSet<>();
        long previous = 0;
        for (JsonObject e : seen) {
            assertTrue(ids.add(e.getString("id")), () -> "seen twice: " + e);
            assertEquals(previous + 1, sequence(e), () -> "numbered without gaps, in order: " + seen);
            previous = sequence(e);
        }
        // each invoice's final event exactly once (its id is in the set once, and there are as many as invoices)
        assertEquals(
                issued.size(), seen.stream().filter(EventNumberingIT::isFinal).count(), seen::toString);
    }

    /** One page after the cursor, appended to what was seen; answers the next cursor. */
    static String poll(Api.Tenant tenant, String cursor, List<JsonObject> seen) {
        Api.Reply r = Api.get("/api/v1/events?limit=1000&after=" + cursor, tenant.key());
        assertEquals(200, r.status(), r::toString);
        for (JsonValue e : r.object().getJsonArray("events")) {
            seen.add(e.asJsonObject());
        }
        return r.object().getString("nextCursor");
    }

    static long sequence(JsonObject event) {
        return event.getJsonNumber("sequence").longValue();
    }

    static boolean isFinal(JsonObject event) {
        return Set.of("invoice.cleared", "invoice.reported").contains(event.getString("type"));
    }

    static Set<Long> invoiceIds(List<JsonObject> events) {
        Set<Long> ids = new HashSet<>();
        for (JsonObject e : events) {
            if (isFinal(e)) {
                ids.add(e.getJsonObject("data").getJsonNumber("invoiceId").longValue());
            }
        }
        return ids;
    }
}
