package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/** The invoice API over HTTP for the integration tests, with request bodies made from examples/invoices. */
final class Invoices {

    static final String PATH = "/api/v1/invoices";

    private Invoices() {}

    /** Fixtures#exampleInvoice: an examples/invoices document for the unit, issued now. */
    static String example(String name, long egsUnitId) {
        return example(name, egsUnitId, "IT-" + UUID.randomUUID());
    }

    static String example(String name, long egsUnitId, String invoiceNumber) {
        return Fixtures.exampleInvoice(name, egsUnitId, invoiceNumber);
    }

    /** POST with optional header pairs (name, value, name, value, ...). */
    static Api.Reply issue(String apiKey, String json, String... headers) {
        return send(Api.request(PATH, apiKey).header("Content-Type", "application/json"), json, headers);
    }

    static Api.Reply issueXml(String apiKey, long egsUnitId, String xml, String... headers) {
        return send(
                Api.request(PATH + "?egsUnitId=" + egsUnitId, apiKey).header("Content-Type", "application/xml"),
                xml,
                headers);
    }

    private static Api.Reply send(HttpRequest.Builder b, String body, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return Api.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonObject get(String apiKey, long id) {
        Api.Reply r = Api.get(PATH + "/" + id, apiKey);
        assertEquals(200, r.status(), r::toString);
        return r.object();
    }

    static String xml(String apiKey, long id) {
        Api.Reply r = Api.get(PATH + "/" + id + "/xml", apiKey);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    /** Polls the document until it has the status (the outbox works in the background), or fails. */
    static JsonObject awaitStatus(String apiKey, long id, String status, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        JsonObject invoice = get(apiKey, id);
        while (!status.equals(invoice.getString("status")) && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            invoice = get(apiKey, id);
        }
        assertEquals(status, invoice.getString("status"), invoice::toString);
        return invoice;
    }

    /** ZATCA's clearance switch in the simulator: off makes clearance answer 303. */
    static void clearanceEnabled(boolean enabled) {
        Api.Reply r = Api.post("/simulator/admin/behaviour", Api.ADMIN_KEY, "{\"clearanceEnabled\":" + enabled + "}");
        assertEquals(200, r.status(), r::toString);
    }

    static long id(Api.Reply r) {
        return r.object().getJsonNumber("id").longValue();
    }

    /**
     * After an injected outage: waits until SANDBOX's circuit breaker (zatca.control.FatooraGuard: open for 30 s once
     * half of the last 10 calls failed, closed again after 2 successes) lets calls through again, so that the next
     * test starts with a reachable Fatoora: two simplified invoices in a row must be reported at once. (Those that
     * meet the open breaker stay PENDING and are reported by the outbox later.)
     */
    static void awaitSandboxReachable(String apiKey, long egsUnitId) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        int reported = 0;
        while (reported < 2 && Instant.now().isBefore(end)) {
            Api.Reply r = issue(apiKey, example("simplified-invoice", egsUnitId));
            boolean ok = r.status() == 201 && "REPORTED".equals(r.object().getString("status"));
            reported = ok ? reported + 1 : 0;
            if (!ok) {
                Thread.sleep(3000);
            }
        }
        assertEquals(2, reported, "SANDBOX's circuit did not close again within 90 s");
    }
}
