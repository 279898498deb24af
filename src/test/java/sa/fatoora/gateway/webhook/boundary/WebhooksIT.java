package sa.fatoora.gateway.webhook.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Jmx;
import sa.fatoora.gateway.testing.Problems;
import sa.fatoora.gateway.testing.WebhookReceiver;

/**
 * Webhooks and the events feed end to end (README "Events and webhooks"), with a real HTTP receiver in this JVM: the
 * gateway's test configuration (src/test/liberty/jvm.options) allows plain http to 127.0.0.1/32 only, retries after
 * 1-2 s and disables an endpoint failing for 15 s. Signatures are checked here with the JDK's HMAC, independently of
 * the gateway's code, by the Standard Webhooks rules.
 */
class WebhooksIT {

    static final String PATH = "/api/v1/webhooks";
    static final Duration WAIT = Duration.ofSeconds(30);

    static WebhookReceiver receiver;
    static Api.Tenant tenant;
    static long unit;

    @BeforeAll
    static void setUp() throws Exception {
        receiver = new WebhookReceiver();
        tenant = Api.newTenant();
        unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void aClearedInvoiceArrivesSignedAndTheFeedHasTheSameEvent() throws Exception {
        JsonObject hook = register(tenant.key(), receiver.url("/cleared"), "invoice.cleared", "invoice.reported");
        String secret = hook.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);

        long invoiceId = issue("standard-invoice", "CLEARED");

        WebhookReceiver.Received got =
                receiver.await("/cleared", r -> true, 1, WAIT).get(0);
        assertSignedBy(got, secret);
        JsonObject body = json(got.body());
        assertEquals("invoice.cleared", body.getString("type"));
        assertEquals(got.header("webhook-id"), body.getString("id"));
        JsonObject data = body.getJsonObject("data");
        assertEquals(invoiceId, data.getJsonNumber("invoiceId").longValue());
        assertEquals("CLEARED", data.getString("status"));
        assertEquals(
                "/api/v1/invoices/" + invoiceId + "/xml",
                data.getJsonObject("links").getString("xml"));
        assertEquals(
                "+03:00",
                OffsetDateTime.parse(body.getString("timestamp")).getOffset().getId());

        // the feed: the same event, in order after the unit's onboarding, and filtered by type
        JsonObject feed =
                Api.get("/api/v1/events?types=invoice.cleared", tenant.key()).object();
        JsonObject event = feed.getJsonArray("events").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("id").equals(body.getString("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in the feed: " + feed));
        assertEquals(data, event.getJsonObject("data"));
        JsonObject all = Api.get("/api/v1/events", tenant.key()).object();
        List<String> types = all.getJsonArray("events").stream()
                .map(e -> e.asJsonObject().getString("type"))
                .toList();
        assertTrue(types.indexOf("onboarding.completed") < types.indexOf("invoice.cleared"), types::toString);
        long previous = 0;
        for (JsonValue e : all.getJsonArray("events")) {
            long sequence = e.asJsonObject().getJsonNumber("sequence").longValue();
            assertEquals(previous + 1, sequence, "a tenant's events are numbered without gaps: " + all);
            previous = sequence;
        }
        // the cursor: nothing after the last one
        JsonObject after = Api.get("/api/v1/events?after=" + all.getString("nextCursor"), tenant.key())
                .object();
        assertEquals(0, after.getJsonArray("events").size());
        assertEquals(all.getString("nextCursor"), after.getString("nextCursor"));
        // another tenant sees none of it
        Api.Tenant other = Api.newTenant();
        assertEquals(
                0,
                Api.get("/api/v1/events", other.key())
                        .object()
                        .getJsonArray("events")
                        .size());

        Problems.assertProblem(Api.get("/api/v1/events?after=x", tenant.key()), 400, "EVENT_QUERY_INVALID");
        Problems.assertProblem(Api.get("/api/v1/events?types=invoice.eaten", tenant.key()), 400, "EVENT_QUERY_INVALID");
        Problems.assertProblem(Api.get("/api/v1/events?limit=5000", tenant.key()), 400, "EVENT_QUERY_INVALID");
    }

    @Test
    void aReceiverThatFailsAndRecoversGetsEveryEvent() throws Exception {
        receiver.script("/flaky", 500, 503, 500, 500);
        JsonObject hook = register(tenant.key(), receiver.url("/flaky"), "invoice.reported");
        Set<Long> invoices = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            invoices.add(issue("simplified-invoice", "REPORTED"));
        }
        List<WebhookReceiver.Received> got = receiver.await("/flaky", r -> true, 7, WAIT);
        Set<Long> delivered = new HashSet<>();
        Instant deadline = Instant.now().plus(WAIT);
        while (!delivered.containsAll(invoices) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            JsonObject page = deliveries(hook);
            delivered.clear();
            for (JsonValue d : page.getJsonArray("deliveries")) {
                if (d.asJsonObject().getString("status").equals("SUCCEEDED")) {
                    String eventId = d.asJsonObject().getString("eventId");
                    receiver.received("/flaky").stream()
                            .filter(r -> eventId.equals(r.header("webhook-id")))
                            .map(r -> json(r.body())
                                    .getJsonObject("data")
                                    .getJsonNumber("invoiceId")
                                    .longValue())
                            .forEach(delivered::add);
                }
            }
        }
        assertEquals(invoices, delivered, () -> "deliveries: " + deliveries(hook));
        JsonObject page = deliveries(hook);
        int attempts = page.getJsonArray("deliveries").stream()
                .mapToInt(d -> d.asJsonObject().getInt("attempts"))
                .sum();
        assertEquals(3 + 4, attempts, "three events, four failed attempts before the receiver recovered: " + page);
        for (JsonValue d : page.getJsonArray("deliveries")) {
            assertEquals(200, d.asJsonObject().getInt("lastStatusCode"));
        }
        // a retry is the same message: its webhook-id repeats, so receivers can dedupe
        Set<String> ids = new HashSet<>();
        got.forEach(r -> ids.add(r.header("webhook-id")));
        assertEquals(3, ids.size(), got::toString);

        // operators see it in JMX: deliveries, failed attempts per endpoint, lag
        javax.management.ObjectName jmx = new javax.management.ObjectName("sa.fatoora.gateway:type=Webhooks");
        assertTrue((Long) Jmx.attribute(jmx, "DeliveredTotal") >= 3);
        assertTrue((Long) Jmx.attribute(jmx, "FailedAttemptsTotal") >= 4);
        // an MXBean's map arrives as open data: a table of key/value rows
        javax.management.openmbean.TabularData byEndpoint =
                (javax.management.openmbean.TabularData) Jmx.attribute(jmx, "FailedAttemptsByEndpoint");
        assertEquals(
                4L,
                byEndpoint
                        .get(new Object[] {Integer.toString(hook.getInt("id"))})
                        .get("value"));
        assertTrue((Long) Jmx.attribute(jmx, "LagMillisP99") > 0);

        // redelivery on request: sent again, same id
        String deliveryId =
                page.getJsonArray("deliveries").getJsonObject(0).get("id").toString();
        String eventId = page.getJsonArray("deliveries").getJsonObject(0).getString("eventId");
        Api.Reply again = Api.post(
                PATH + "/" + hook.getInt("id") + "/deliveries/" + deliveryId + "/redelivery", tenant.key(), "");
        assertEquals(202, again.status(), again::toString);
        receiver.await("/flaky", r -> eventId.equals(r.header("webhook-id")), 2, WAIT);
    }

    @Test
    void internalDestinationsRedirectsAndBadRegistrationsAreRefused() throws Exception {
        Api.Tenant own = Api.newTenant();
        for (String url : List.of(
                "http://127.0.0.2:" + receiver.port() + "/x",
                "http://[::1]:" + receiver.port() + "/x",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/hook",
                "http://192.168.0.10/hook",
                "http://0.0.0.0:" + receiver.port() + "/x")) {
            Problems.assertProblem(
                    Api.post(PATH, own.key(), "{\"url\":\"" + url + "\"}"), 400, "WEBHOOK_DESTINATION_REFUSED");
        }
        Problems.assertProblem(Api.post(PATH, own.key(), "{\"url\":\"ftp://example.com/\"}"), 400, "WEBHOOK_INVALID");
        Problems.assertProblem(
                Api.post(PATH, own.key(), "{\"url\":\"" + receiver.url("/x") + "\",\"events\":[\"invoice.eaten\"]}"),
                400,
                "WEBHOOK_INVALID");
        assertEquals(400, Api.post(PATH, own.key(), "{\"url\":").status());
        assertEquals(0, Api.get(PATH, own.key()).json().asJsonArray().size(), "nothing was registered");

        // a redirect is never followed: the attempt fails with the 302, and the place it points to sees nothing
        JsonObject hook = register(own.key(), receiver.url("/redirect"));
        assertEquals(
                202,
                Api.post(PATH + "/" + hook.getInt("id") + "/ping", own.key(), "")
                        .status());
        receiver.await("/redirect", r -> true, 1, WAIT);
        JsonObject delivery = awaitDelivery(own.key(), hook, d -> d.containsKey("lastStatusCode"));
        assertEquals(302, delivery.getInt("lastStatusCode"));
        assertTrue(delivery.getString("lastError").contains("redirects are not followed"), delivery::toString);
        Thread.sleep(1500);
        assertEquals(List.of(), receiver.received("/trap"));
    }

    @Test
    void rotationSignsWithBothSecretsDuringTheOverlap() throws Exception {
        Api.Tenant own = Api.newTenant();
        JsonObject hook = register(own.key(), receiver.url("/rotation"));
        String first = hook.getString("secret");
        Api.Reply rotated = Api.post(PATH + "/" + hook.getInt("id") + "/secret-rotation?overlap=PT1H", own.key(), "");
        assertEquals(200, rotated.status(), rotated::toString);
        String second = rotated.object().getString("secret");
        assertFalse(first.equals(second));
        assertNotNull(rotated.object().getString("previousSecretValidUntil"));
        // shown once: never again
        assertFalse(Api.get(PATH + "/" + hook.getInt("id"), own.key()).body().contains("whsec_"));

        assertEquals(
                202,
                Api.post(PATH + "/" + hook.getInt("id") + "/ping", own.key(), "")
                        .status());
        WebhookReceiver.Received ping =
                receiver.await("/rotation", r -> true, 1, WAIT).get(0);
        assertEquals("webhook.ping", json(ping.body()).getString("type"));
        assertEquals(2, ping.header("webhook-signature").split(" ").length, ping::toString);
        assertSignedBy(ping, first);
        assertSignedBy(ping, second);

        // without an overlap the old secret stops at once
        String third = Api.post(PATH + "/" + hook.getInt("id") + "/secret-rotation?overlap=PT0S", own.key(), "")
                .object()
                .getString("secret");
        assertEquals(
                202,
                Api.post(PATH + "/" + hook.getInt("id") + "/ping", own.key(), "")
                        .status());
        WebhookReceiver.Received next =
                receiver.await("/rotation", r -> true, 2, WAIT).get(1);
        assertEquals(1, next.header("webhook-signature").split(" ").length, next::toString);
        assertSignedBy(next, third);
        Problems.assertProblem(
                Api.post(PATH + "/" + hook.getInt("id") + "/secret-rotation?overlap=P30D", own.key(), ""),
                400,
                "WEBHOOK_INVALID");
    }

    @Test
    void endpointsAreTheTenantsOwnAndCanBeChangedAndRemoved() {
        Api.Tenant own = Api.newTenant();
        Api.Tenant stranger = Api.newTenant();
        JsonObject hook = register(own.key(), receiver.url("/own"), "invoice.cleared");
        String path = PATH + "/" + hook.getInt("id");
        Problems.assertProblem(Api.get(path, stranger.key()), 404, "NOT_FOUND");
        Problems.assertProblem(patch(path, stranger.key(), "{\"enabled\":false}"), 404, "NOT_FOUND");
        Problems.assertProblem(Api.delete(path, stranger.key()), 404, "NOT_FOUND");
        Problems.assertProblem(Api.get(path + "/deliveries", stranger.key()), 404, "NOT_FOUND");

        Api.Reply changed =
                patch(path, own.key(), "{\"enabled\":false,\"events\":[\"invoice.rejected\",\"batch.completed\"]}");
        assertEquals(200, changed.status(), changed::toString);
        assertFalse(changed.object().getBoolean("enabled"));
        assertEquals(
                List.of("invoice.rejected", "batch.completed"),
                changed.object().getJsonArray("events").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        Problems.assertProblem(Api.post(path + "/ping", own.key(), ""), 409, "WEBHOOK_DISABLED");
        Problems.assertProblem(
                patch(path, own.key(), "{\"url\":\"http://169.254.169.254/\"}"), 400, "WEBHOOK_DESTINATION_REFUSED");
        assertEquals(
                receiver.url("/own"),
                Api.get(path, own.key()).object().getString("url"),
                "a refused change changes nothing");

        assertEquals(204, Api.delete(path, own.key()).status());
        Problems.assertProblem(Api.get(path, own.key()), 404, "NOT_FOUND");
        String audit = Api.get("/api/v1/audit?subject=webhook:" + hook.getInt("id"), own.key())
                .body();
        assertTrue(
                audit.contains("WEBHOOK_CREATED")
                        && audit.contains("WEBHOOK_CHANGED")
                        && audit.contains("WEBHOOK_DELETED"),
                audit);
    }

    @Test
    void anEndpointFailingTooLongIsDisabledWithAnEventAndAnAuditRecord() throws Exception {
        Api.Tenant own = Api.newTenant();
        receiver.always("/down", 500);
        JsonObject hook = register(own.key(), receiver.url("/down"));
        String path = PATH + "/" + hook.getInt("id");
        assertEquals(202, Api.post(path + "/ping", own.key(), "").status());
        Thread.sleep(9000);
        assertEquals(202, Api.post(path + "/ping", own.key(), "").status()); // keeps failing past the 15 s
        Instant end = Instant.now().plus(Duration.ofSeconds(40));
        JsonObject now = Api.get(path, own.key()).object();
        while (now.getBoolean("enabled") && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            now = Api.get(path, own.key()).object();
        }
        assertFalse(now.getBoolean("enabled"), now::toString);
        assertTrue(now.getString("disabledReason").contains("every attempt failed since"), now::toString);
        String events =
                Api.get("/api/v1/events?types=webhook.disabled", own.key()).body();
        assertTrue(events.contains("\"webhookId\":" + hook.getInt("id")), events);
        String audit = Api.get("/api/v1/audit?type=WEBHOOK_DISABLED", own.key()).body();
        assertTrue(audit.contains("webhook:" + hook.getInt("id")), audit);
        // disabled: its pending deliveries wait; nothing more is sent
        int before = receiver.received("/down").size();
        Thread.sleep(3000);
        assertEquals(before, receiver.received("/down").size());
    }

    // --- helpers

    static JsonObject register(String key, String url, String... events) {
        var types = Json.createArrayBuilder();
        for (String e : events) {
            types.add(e);
        }
        String body = Json.createObjectBuilder()
                .add("url", url)
                .add("events", types)
                .add("description", "IT " + UUID.randomUUID())
                .build()
                .toString();
        Api.Reply r = Api.post(PATH, key, body);
        assertEquals(201, r.status(), r::toString);
        return r.object();
    }

    static long issue(String example, String status) {
        String json = Fixtures.exampleInvoice(example, unit);
        Api.Reply r = Api.post("/api/v1/invoices", tenant.key(), json);
        assertTrue(r.status() == 201 || r.status() == 200, r::toString);
        assertEquals(status, r.object().getString("status"), r::toString);
        return r.object().getJsonNumber("id").longValue();
    }

    static JsonObject deliveries(JsonObject hook) {
        return Api.get(PATH + "/" + hook.getInt("id") + "/deliveries", tenant.key())
                .object();
    }

    static JsonObject awaitDelivery(String key, JsonObject hook, java.util.function.Predicate<JsonObject> done)
            throws InterruptedException {
        Instant end = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(end)) {
            JsonObject page =
                    Api.get(PATH + "/" + hook.getInt("id") + "/deliveries", key).object();
            for (JsonValue d : page.getJsonArray("deliveries")) {
                if (done.test(d.asJsonObject())) {
                    return d.asJsonObject();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no delivery reached the state in " + WAIT);
    }

    static Api.Reply patch(String path, String key, String json) {
        return Api.send(Api.request(path, key)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /**
     * Standard Webhooks verification, written here from the specification: HMAC-SHA256 with the secret's key over
     * "id.timestamp.body"; one of the space-separated v1 signatures must match; the timestamp is recent.
     */
    static void assertSignedBy(WebhookReceiver.Received r, String secret) throws Exception {
        WebhookReceiver.assertSignedBy(r, secret);
    }
}
