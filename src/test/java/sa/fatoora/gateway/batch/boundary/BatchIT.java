package sa.fatoora.gateway.batch.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Problems;

/**
 * Bulk submission over HTTP against the running server and its built-in simulator: JSON arrays and NDJSON complete,
 * each unit's ICVs follow the batch's order (and the simulator, which checks every PIH against the chain it has
 * seen, reports no broken link), an invalid item fails alone with the problem a single request would have had, a
 * malformed body stores nothing, a repeated Idempotency-Key makes nothing new, results are paged, and another tenant
 * does not see the batch. Tagged "dates": its documents are issued "now", whatever the server's zone.
 */
@Tag("dates")
class BatchIT {

    static final String PATH = "/api/v1/invoices/batches";

    static Api.Tenant tenant;
    static long simplifiedUnit;
    static long bothUnit;

    @BeforeAll
    static void units() {
        tenant = Api.newTenant();
        simplifiedUnit = Fixtures.onboardedEgsUnit(tenant.key(), "0100");
        bothUnit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
    }

    @Test
    void aJsonArrayCompletesWithEachUnitsIcvsInBatchOrder() throws Exception {
        List<String> items = new ArrayList<>();
        Map<Integer, Long> unitOf = new HashMap<>();
        for (int i = 0; i < 14; i++) {
            long unit = i % 3 == 0 ? bothUnit : simplifiedUnit;
            String example = unit == bothUnit && i % 2 == 0 ? "standard-invoice" : "simplified-invoice";
            items.add(item(example, unit, null));
            unitOf.put(i, unit);
        }
        Api.Reply accepted = submit(tenant.key(), "application/json", "[" + String.join(",", items) + "]");
        JsonObject batch = assertAccepted(accepted, 14);

        JsonObject done = awaitCompleted(tenant.key(), batch.getJsonNumber("id").longValue());
        JsonObject counts = done.getJsonObject("counts");
        assertEquals(0, counts.getInt("queued"), done::toString);
        assertEquals(0, counts.getInt("failed"), done::toString);
        assertEquals(14, counts.getInt("cleared") + counts.getInt("reported"), done::toString);
        assertTrue(counts.getInt("cleared") > 0, "standard invoices were cleared: " + counts);
        assertEquals(14, done.getJsonObject("summary").getInt("succeeded"));
        assertEquals(0, done.getJsonObject("summary").getInt("failed"));

        // every result, five a page
        List<JsonObject> results =
                allResults(tenant.key(), done.getJsonNumber("id").longValue(), 5);
        assertEquals(14, results.size());
        Map<Long, List<Long>> icvsByUnit = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            JsonObject r = results.get(i);
            assertEquals(i, r.getInt("index"));
            assertEquals(unitOf.get(i), r.getJsonNumber("egsUnitId").longValue());
            icvsByUnit
                    .computeIfAbsent(unitOf.get(i), u -> new ArrayList<>())
                    .add(r.getJsonNumber("icv").longValue());
            // the document itself: its ICV, and no broken PIH link in what the simulator answered
            JsonObject invoice = Api.get(r.getString("invoice"), tenant.key()).object();
            assertEquals(
                    r.getJsonNumber("icv").longValue(),
                    invoice.getJsonNumber("icv").longValue());
            assertEquals(r.getString("status"), invoice.getString("status"));
            assertFalse(invoice.toString().contains("invalid-pih"), invoice::toString);
        }
        for (List<Long> icvs : icvsByUnit.values()) {
            for (int i = 1; i < icvs.size(); i++) {
                assertEquals(icvs.get(i - 1) + 1, icvs.get(i), "ICVs of one unit in batch order: " + icvsByUnit);
            }
        }

        // batch.completed in the tenant's events, once, with the counts
        long id = done.getJsonNumber("id").longValue();
        List<JsonObject> completed = Api.get("/api/v1/events?types=batch.completed&limit=100", tenant.key())
                .object()
                .getJsonArray("events")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getJsonObject("data").getJsonNumber("batchId").longValue() == id)
                .toList();
        assertEquals(1, completed.size(), completed::toString);
        JsonObject data = completed.get(0).getJsonObject("data");
        assertEquals("batch:" + id, completed.get(0).getString("subject"));
        assertEquals(14, data.getInt("items"));
        assertEquals(14, data.getInt("succeeded"));
        assertEquals(0, data.getInt("failed"));
        assertEquals(PATH + "/" + id, data.getJsonObject("links").getString("self"));
        // and the audit trail: accepted, then completed
        List<String> audited = Api.get("/api/v1/audit?subject=batch:" + id, tenant.key())
                .object()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(a -> a.getString("type"))
                .sorted()
                .toList();
        assertEquals(List.of("BATCH_ACCEPTED", "BATCH_COMPLETED"), audited);
    }

    @Test
    void anNdjsonBatchWithInvalidItemsIssuesTheOthers() throws Exception {
        String valid = item("simplified-invoice", simplifiedUnit, null);
        JsonObject noLines = Json.createObjectBuilder(parse(valid))
                .add("lines", JsonValue.EMPTY_JSON_ARRAY)
                .build();
        JsonObject unknownUnit = Json.createObjectBuilder(parse(item("simplified-invoice", 0, null)))
                .add("egsUnitId", 987654321L)
                .build();
        JsonObject unknownField =
                Json.createObjectBuilder(parse(valid)).add("colour", "blue").build();
        String body = String.join(
                "\n",
                valid,
                noLines.toString(),
                unknownUnit.toString(),
                "",
                unknownField.toString(),
                item("simplified-credit-note", simplifiedUnit, null));
        JsonObject batch = assertAccepted(submit(tenant.key(), "application/x-ndjson", body), 5);
        JsonObject done = awaitCompleted(tenant.key(), batch.getJsonNumber("id").longValue());
        List<JsonObject> r = allResults(tenant.key(), done.getJsonNumber("id").longValue(), 100);
        assertEquals(List.of("REPORTED", "FAILED", "FAILED", "FAILED", "REPORTED"), statuses(r), r::toString);
        assertError(r.get(1), 400, "VALIDATION_FAILED", "/lines");
        assertError(r.get(2), 404, "NOT_FOUND", null);
        assertError(r.get(3), 400, "MALFORMED_REQUEST", null);
        assertTrue(r.get(3).getJsonObject("error").getString("detail").contains("colour"), r.get(3)::toString);
        for (int i = 1; i <= 3; i++) {
            assertFalse(r.get(i).containsKey("invoiceId"), r.get(i)::toString);
        }
        // the failed items used no ICV: the two documents are neighbours in the unit's chain
        assertEquals(
                r.get(0).getJsonNumber("icv").longValue() + 1,
                r.get(4).getJsonNumber("icv").longValue());
        assertEquals(2, done.getJsonObject("summary").getInt("succeeded"));
        assertEquals(3, done.getJsonObject("summary").getInt("failed"));
    }

    @Test
    void aMalformedBodyIsRefusedWholeAndStoresNothing() {
        Api.Tenant own = Api.newTenant();
        long unit = Fixtures.createdEgsUnit(own.key(), "0100"); // not onboarded: nothing could be signed anyway
        String key = "malformed-" + UUID.randomUUID();
        String valid = item("simplified-invoice", unit, null);
        String[] bodies = {"not json", "{\"a\":1}", "[" + valid + ", 5]", "[" + valid + "] trailing", "[" + valid};
        for (String body : bodies) {
            Problems.assertProblem(submit(own.key(), "application/json", body, key), 400, "MALFORMED_REQUEST");
        }
        Problems.assertProblem(
                submit(own.key(), "application/x-ndjson", valid + "\n[1]", key), 400, "MALFORMED_REQUEST");
        Problems.assertProblem(submit(own.key(), "application/json", "[]", key), 400, "VALIDATION_FAILED");
        // one item more than the limit: refused whole, after 10,000 were read
        String tooMany = "[" + "{},".repeat(10_000) + "{}]";
        Problems.assertProblem(submit(own.key(), "application/json", tooMany, key), 413, "BATCH_TOO_LARGE");

        // nothing was stored under the key: the same key now makes a new batch, and no invoice exists
        Api.Reply fresh = submit(own.key(), "application/json", "[" + valid + "]", key);
        assertAccepted(fresh, 1);
        assertEquals(0, Api.get("/api/v1/invoices", own.key()).object().getInt("total"));
    }

    @Test
    void aRepeatedIdempotencyKeyMakesNothingNew() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        String body = "[" + item("simplified-invoice", simplifiedUnit, "item-" + UUID.randomUUID()) + ","
                + item("simplified-invoice", simplifiedUnit, null) + "]";
        Api.Reply first = submit(tenant.key(), "application/json", body, key);
        long id = assertAccepted(first, 2).getJsonNumber("id").longValue();
        awaitCompleted(tenant.key(), id);
        int invoices = Api.get("/api/v1/invoices?egsUnitId=" + simplifiedUnit, tenant.key())
                .object()
                .getInt("total");

        Api.Reply again = send(tenant.key(), "application/json", body, key);
        assertEquals(202, again.status(), again::toString);
        assertEquals(id, again.object().getJsonNumber("id").longValue());
        assertEquals("COMPLETED", again.object().getString("status"));
        assertEquals(
                invoices,
                Api.get("/api/v1/invoices?egsUnitId=" + simplifiedUnit, tenant.key())
                        .object()
                        .getInt("total"));

        // the same key with another body: a conflict, and still nothing new
        String other = "[" + item("simplified-invoice", simplifiedUnit, null) + "]";
        Problems.assertProblem(submit(tenant.key(), "application/json", other, key), 409, "IDEMPOTENCY_CONFLICT");
        assertEquals(
                invoices,
                Api.get("/api/v1/invoices?egsUnitId=" + simplifiedUnit, tenant.key())
                        .object()
                        .getInt("total"));
    }

    @Test
    void anotherTenantsBatchIsNotFound() throws Exception {
        Api.Reply accepted =
                submit(tenant.key(), "application/json", "[" + item("simplified-invoice", simplifiedUnit, null) + "]");
        long id = assertAccepted(accepted, 1).getJsonNumber("id").longValue();
        Api.Tenant other = Api.newTenant();
        Problems.assertProblem(Api.get(PATH + "/" + id, other.key()), 404, "NOT_FOUND");
        Problems.assertProblem(Api.get(PATH + "/999999999", tenant.key()), 404, "NOT_FOUND");
        Problems.assertProblem(Api.get(PATH + "/" + id + "?limit=0", tenant.key()), 400, "VALIDATION_FAILED");
        Problems.assertProblem(Api.get(PATH + "/" + id + "?after=x", tenant.key()), 400, "VALIDATION_FAILED");
        awaitCompleted(tenant.key(), id);
    }

    // ---- helpers

    private static JsonObject assertAccepted(Api.Reply reply, int items) {
        assertEquals(202, reply.status(), reply::toString);
        JsonObject batch = reply.object();
        assertEquals(items, batch.getInt("items"), reply::toString);
        assertNotNull(batch.getJsonNumber("id"));
        assertEquals(PATH + "/" + batch.getJsonNumber("id").longValue(), batch.getString("self"));
        return batch;
    }

    private static JsonObject awaitCompleted(String key, long id) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject batch = Api.get(PATH + "/" + id, key).object();
        while (!"COMPLETED".equals(batch.getString("status")) && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            batch = Api.get(PATH + "/" + id, key).object();
        }
        assertEquals("COMPLETED", batch.getString("status"), batch::toString);
        assertNotNull(batch.getString("completedAt"));
        return batch;
    }

    private static List<JsonObject> allResults(String key, long id, int limit) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply r =
                    Api.get(PATH + "/" + id + "?limit=" + limit + (cursor == null ? "" : "&after=" + cursor), key);
            assertEquals(200, r.status(), r::toString);
            JsonObject page = r.object();
            List<JsonObject> results = page.getJsonArray("results").getValuesAs(JsonObject.class);
            assertTrue(results.size() <= limit);
            all.addAll(results);
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null; // null values are left out
            pages++;
        } while (cursor != null);
        int expectedPages = Math.max(1, (all.size() + limit - 1) / limit);
        assertEquals(expectedPages, pages, "pages of " + limit);
        return all;
    }

    private static List<String> statuses(List<JsonObject> results) {
        return results.stream().map(r -> r.getString("status")).collect(Collectors.toList());
    }

    private static void assertError(JsonObject result, int status, String code, String pointer) {
        JsonObject error = result.getJsonObject("error");
        assertNotNull(error, result::toString);
        assertEquals(status, error.getInt("status"), result::toString);
        assertEquals(code, error.getString("code"), result::toString);
        assertFalse(error.getString("detail").isBlank());
        if (pointer != null) {
            assertTrue(
                    error.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                            .anyMatch(e -> e.getString("pointer").equals(pointer)),
                    result::toString);
        }
        Problems.assertNoInternals(result.toString());
    }

    /** An examples/invoices request for a unit, under a fresh number, issued now, with an optional item key. */
    static String item(String example, long unit, String idempotencyKey) {
        try {
            var b = Json.createObjectBuilder(parse(Files.readString(Path.of("examples/invoices", example + ".json"))))
                    .remove("issueDate")
                    .remove("issueTime")
                    .add("id", "BATCH-" + UUID.randomUUID());
            if (unit != 0) {
                b.add("egsUnitId", unit);
            }
            if (idempotencyKey != null) {
                b.add("idempotencyKey", idempotencyKey);
            }
            return b.build().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static Api.Reply submit(String apiKey, String contentType, String body) {
        return send(apiKey, contentType, body, null);
    }

    static Api.Reply submit(String apiKey, String contentType, String body, String idempotencyKey) {
        return send(apiKey, contentType, body, idempotencyKey);
    }

    private static Api.Reply send(String apiKey, String contentType, String body, String idempotencyKey) {
        HttpRequest.Builder b = Api.request(PATH, apiKey).header("Content-Type", contentType);
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return Api.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
