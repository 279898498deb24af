package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.InvoiceHasher;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * 200 documents sent at once for one unit: ICVs 1..200 without a gap or a duplicate, and a PIH chain that holds
 * when every stored XML is hashed again here (zatca-facts sections 7 and 8). Sent with {@code Prefer:
 * respond-async}: the burst measures the chain (lock, sign, store), and the outbox reports all 200 afterwards. A
 * synchronous burst would measure the in-process simulator instead, which shares this server's threads with the
 * 200 waiting requests (in production ZATCA is elsewhere).
 */
class InvoiceChainIT {

    static final int DOCUMENTS = 200;

    @Test
    void twoHundredConcurrentDocumentsFormOneUnbrokenChain() throws Exception {
        Api.Tenant tenant = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "0100");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            bodies.add(Invoices.example(i % 3 == 0 ? "simplified-credit-note" : "simplified-invoice", unit));
        }
        ExecutorService pool = Executors.newFixedThreadPool(DOCUMENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (String body : bodies) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return send(tenant.key(), body);
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            List<JsonObject> answers = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                assertFalse(r.isProblem(), r::toString);
                answers.add(r.object());
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(
                    "InvoiceChainIT: %d concurrent documents chained, signed and stored in %.1f s (%.1f/s)%n",
                    DOCUMENTS, seconds, DOCUMENTS / seconds);
            long reportedAt = System.nanoTime();
            verifyChain(tenant.key(), answers);
            System.out.printf(
                    "InvoiceChainIT: all %d reported by the outbox %.1f s after the last answer%n",
                    DOCUMENTS, (System.nanoTime() - reportedAt) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One HTTP/1.1 connection per request: the shared client speaks HTTP/2, whose one connection carries at most
     * the server's limit of concurrent streams (fewer than 200).
     */
    private static final HttpClient HTTP_1 =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Api.Reply send(String apiKey, String body) throws Exception {
        HttpResponse<String> r = HTTP_1.send(
                Api.request(Invoices.PATH, apiKey)
                        .timeout(Duration.ofMinutes(3))
                        .header("Content-Type", "application/json")
                        .header("Prefer", "respond-async")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(
                r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static void awaitReported(String apiKey, long id) {
        try {
            Invoices.awaitStatus(apiKey, id, "REPORTED", Duration.ofMinutes(3));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void verifyChain(String apiKey, List<JsonObject> answers) {
        Map<Long, String[]> byIcv = new TreeMap<>(); // icv -> {hash recomputed from the stored XML, its PIH}
        InvoiceHasher hasher = new InvoiceHasher();
        for (JsonObject answer : answers) {
            long id = answer.getJsonNumber("id").longValue();
            assertEquals("PENDING", answer.getString("status"), answer::toString);
            awaitReported(apiKey, id);
            String xml = Invoices.xml(apiKey, id);
            String hash = hasher.hash(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)));
            assertEquals(answer.getString("invoiceHash"), hash, "stored XML of invoice " + id);
            long icv = Long.parseLong(InvoiceXmlIT.icv(xml));
            assertEquals(answer.getJsonNumber("icv").longValue(), icv);
            String[] previous = byIcv.put(icv, new String[] {hash, InvoiceXmlIT.pih(xml)});
            assertEquals(null, previous, "ICV " + icv + " given twice");
        }
        assertEquals(DOCUMENTS, byIcv.size());
        String expectedPih = ChainPosition.FIRST_PREVIOUS_HASH;
        long expectedIcv = 1;
        for (Map.Entry<Long, String[]> e : byIcv.entrySet()) {
            assertEquals(expectedIcv++, e.getKey(), "no gap");
            assertEquals(expectedPih, e.getValue()[1], "PIH of ICV " + e.getKey());
            expectedPih = e.getValue()[0];
        }
    }
}
