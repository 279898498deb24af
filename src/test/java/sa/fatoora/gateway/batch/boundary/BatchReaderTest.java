package sa.fatoora.gateway.batch.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.LimitedInputStream;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.PayloadTooLargeException;

class BatchReaderTest {

    @Test
    void anArrayGivesItsObjectsInOrder() {
        assertEquals(
                List.of("a", "b", "c"), ids("[{\"id\":\"a\"}, {\"id\":\"b\",\"x\":[1,{}]},\n{\"id\":\"c\"}]", false));
        assertEquals(List.of(), ids(" [ ] ", false));
    }

    @Test
    void ndjsonGivesOneObjectALineAndSkipsBlankLines() {
        assertEquals(List.of("a", "b", "c"), ids("{\"id\":\"a\"}\n\n{\"id\":\"b\"}\r\n{\"id\":\"c\"}", true));
    }

    @Test
    void aMalformedBodyIsRefusedWhole() {
        String[] arrays = {
            "",
            "not json",
            "{\"id\":\"a\"}",
            "\"x\"",
            "[{\"id\":\"a\"}, 5]",
            "[{\"id\":\"a\"}, [1]]",
            "[{\"id\":\"a\"}] []",
            "[{\"id\":\"a\"}",
            "[{\"id\":\"a\"},]",
            "[{\"id\":\"a\" \"b\":1}]"
        };
        for (String body : arrays) {
            assertRefused(body, false);
        }
        String[] ndjson = {"{\"id\":\"a\"}\n5", "{\"id\":\"a\"}\n[1]", "{\"id\":\"a\"} {\"id\":\"b\"}", "{\"id\":", "x"
        };
        for (String body : ndjson) {
            assertRefused(body, true);
        }
    }

    @Test
    void anItemThatIsNotAnObjectIsNamedByItsIndex() {
        var e = assertThrows(GatewayException.class, () -> ids("[{\"id\":\"a\"}, {\"id\":\"b\"}, null]", false));
        assertTrue(e.getMessage().contains("Item 2"), e.getMessage());
    }

    @Test
    void brokenUtf8InNdjsonIsRefused() {
        byte[] body = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'};
        assertThrows(
                MalformedRequestException.class, () -> BatchReader.read(new ByteArrayInputStream(body), true, o -> {}));
    }

    @Test
    void theBodyLimitIsThe413NotAMalformedBody() {
        for (boolean ndjson : new boolean[] {false, true}) {
            String item = "{\"id\":\"" + "x".repeat(100) + "\"}";
            InputStream endless = new LimitedInputStream(
                    new SequenceInputStream(Collections.enumeration(
                            repeat(ndjson ? item + "\n" : "[" + item, ndjson ? item + "\n" : "," + item))),
                    10_000,
                    () -> {});
            AtomicInteger seen = new AtomicInteger();
            assertThrows(
                    PayloadTooLargeException.class,
                    () -> BatchReader.read(endless, ndjson, o -> seen.incrementAndGet()));
            assertTrue(seen.get() > 10, "items read before the limit: " + seen.get());
        }
    }

    /** The first part, then the second 1000 times: far over the limit. */
    private static List<InputStream> repeat(String first, String next) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 1000; i++) {
            parts.add(new ByteArrayInputStream(next.getBytes(StandardCharsets.UTF_8)));
        }
        return parts;
    }

    private static void assertRefused(String body, boolean ndjson) {
        var e = assertThrows(GatewayException.class, () -> ids(body, ndjson), body);
        assertEquals("MALFORMED_REQUEST", e.code(), body);
        assertEquals(400, e.status(), body);
    }

    private static List<String> ids(String body, boolean ndjson) {
        List<String> ids = new ArrayList<>();
        BatchReader.read(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                ndjson,
                (JsonObject o) -> ids.add(o.getString("id")));
        return ids;
    }
}
