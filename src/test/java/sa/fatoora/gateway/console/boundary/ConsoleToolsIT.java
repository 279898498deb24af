package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.csrf;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.get;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.post;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.sessionCookie;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.WebhookReceiver;

/**
 * The console's webhooks, events, validation and rule packs pages over plain HTTP (as ConsoleIT): the secret shown
 * once, ping and redelivery reaching a real receiver (src/test/liberty/jvm.options allows http to 127.0.0.1 only),
 * every change refused without the CSRF token, from another origin or by an auditor, with nothing changed (read back
 * through the REST API), another tenant's endpoint not found, hostile values escaped, and an SDK sample validated
 * through every stage.
 */
class ConsoleToolsIT {

    static final String HOSTILE = "Hook <script>alert('x')</script> & <img src=x>";
    static final String HOSTILE_ESCAPED = "Hook &lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img src=x&gt;";
    static final String INITIAL_PIH =
            "NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==";
    static final Duration WAIT = Duration.ofSeconds(30);

    static WebhookReceiver receiver;
    static Api.Tenant tenant;
    static String cookie;

    @BeforeAll
    static void setUp() throws Exception {
        receiver = new WebhookReceiver();
        tenant = Api.newTenant();
        cookie = sessionCookie(tenant.key());
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void theSecretIsShownOnceAndSignsTheConsolesPing() throws Exception {
        String path = "/once-" + UUID.randomUUID();
        HttpResponse<String> created = createWebhook(cookie, receiver.url(path), HOSTILE, "invoice.cleared");
        assertEquals(201, created.statusCode(), created::body);
        String page = created.body();
        Matcher m = Pattern.compile("whsec_[A-Za-z0-9+/=]+").matcher(page);
        assertTrue(m.find(), page);
        String secret = m.group();
        assertTrue(page.contains("shown on this page only"), page);
        assertFalse(page.contains("<script>alert"), page);
        long id = webhookId(tenant.key(), path);

        // never again: not in the list, not on the endpoint's page, in neither language, nor in the API
        for (String later : new String[] {
            "/console/webhooks", "/console/webhooks/" + id, "/console/webhooks?lang=ar", "/console/webhooks/" + id
        }) {
            HttpResponse<String> r = get(later, cookie);
            assertEquals(200, r.statusCode(), r::body);
            assertFalse(r.body().contains(secret), later);
            assertFalse(r.body().contains("whsec_"), later);
        }
        get("/console/webhooks?lang=en", cookie);
        String list = get("/console/webhooks", cookie).body();
        assertTrue(list.contains(HOSTILE_ESCAPED), list);
        assertFalse(list.contains("<img src=x"), list);
        String detail = get("/console/webhooks/" + id, cookie).body();
        assertTrue(detail.contains(HOSTILE_ESCAPED) && detail.contains("invoice.cleared"), detail);
        assertFalse(Api.get("/api/v1/webhooks/" + id, tenant.key()).body().contains("whsec_"));

        // the secret on that page is the one that signs: the console's ping arrives signed by it
        HttpResponse<String> ping = post("/console/webhooks/" + id + "/ping", cookie, form(detail), Api.BASE);
        assertEquals(303, ping.statusCode(), ping::body);
        assertTrue(ping.headers().firstValue("Location").orElse("").endsWith("/console/webhooks/" + id));
        WebhookReceiver.assertSignedBy(receiver.await(path, r -> true, 1, WAIT).get(0), secret);
    }

    @Test
    void redeliveryMakesANewAttemptAndThePageShowsIt() throws Exception {
        String path = "/again-" + UUID.randomUUID();
        createWebhook(cookie, receiver.url(path), "redeliver", null);
        long id = webhookId(tenant.key(), path);
        String detail = get("/console/webhooks/" + id, cookie).body();
        assertEquals(
                303,
                post("/console/webhooks/" + id + "/ping", cookie, form(detail), Api.BASE)
                        .statusCode());
        receiver.await(path, r -> true, 1, WAIT);
        JsonObject delivery = awaitDelivery(id, d -> d.getString("status").equals("SUCCEEDED"));
        long deliveryId = delivery.getJsonNumber("id").longValue();
        assertEquals(1, delivery.getInt("attempts"));

        String page = get("/console/webhooks/" + id, cookie).body();
        assertTrue(page.contains("webhook.ping") && page.contains("Delivered"), page);
        String action = "/console/webhooks/" + id + "/deliveries/" + deliveryId + "/redelivery";
        assertTrue(page.contains("action=\"/console/webhooks/" + id + "/deliveries/" + deliveryId + "/redelivery\""));

        HttpResponse<String> again = post(action, cookie, form(page), Api.BASE);
        assertEquals(303, again.statusCode(), again::body);
        receiver.await(path, r -> true, 2, WAIT);
        JsonObject after = awaitDelivery(id, d -> d.getInt("attempts") == 2);
        assertEquals(deliveryId, after.getJsonNumber("id").longValue());
        assertEquals("SUCCEEDED", after.getString("status"));
        assertTrue(get("/console/webhooks/" + id, cookie).body().contains("<td>2</td>"), "two attempts shown");
    }

    @Test
    void changesNeedTheTokenTheOriginAndAnOperator() throws Exception {
        Api.Tenant own = Api.newTenant();
        String mine = sessionCookie(own.key());
        String path = "/guarded-" + UUID.randomUUID();
        createWebhook(mine, receiver.url(path), "guarded", null);
        long id = webhookId(own.key(), path);
        String token = csrf(get("/console/webhooks", mine).body());
        String body = "url=" + enc(receiver.url("/never")) + "&description=x";

        assertEquals(403, post("/console/webhooks", mine, body, Api.BASE).statusCode(), "no token");
        assertEquals(
                403,
                post("/console/webhooks", mine, body + "&csrf=wrong", Api.BASE).statusCode());
        assertEquals(
                403,
                post("/console/webhooks", mine, body + "&csrf=" + token, "https://evil.example")
                        .statusCode());
        assertEquals(
                403,
                post("/console/webhooks/" + id + "/enabled", mine, "enabled=false", Api.BASE)
                        .statusCode());
        assertEquals(1, webhooks(own.key()).size(), "nothing registered");
        assertTrue(webhook(own.key(), id).getBoolean("enabled"), "nothing switched off");

        // an auditor of the same tenant sees the pages but changes nothing, and gets no forms to try
        String auditor = sessionCookie(auditorKey(own));
        String list = get("/console/webhooks", auditor).body();
        assertTrue(list.contains(path), list);
        assertFalse(list.contains("action=\"/console/webhooks\""), "no registration form for an auditor");
        String auditorToken = csrf(list);
        HttpResponse<String> refused = post("/console/webhooks", auditor, body + "&csrf=" + auditorToken, Api.BASE);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("read-only"), refused.body());
        assertEquals(
                403,
                post("/console/webhooks/" + id + "/enabled", auditor, "enabled=false&csrf=" + auditorToken, Api.BASE)
                        .statusCode());
        assertEquals(
                403,
                post("/console/webhooks/" + id + "/ping", auditor, "csrf=" + auditorToken, Api.BASE)
                        .statusCode());
        assertEquals(1, webhooks(own.key()).size());
        assertTrue(webhook(own.key(), id).getBoolean("enabled"));
        assertEquals(0, deliveries(own.key(), id).size(), "no ping was sent");

        // the operator switches it off and on; the page says why it is off
        HttpResponse<String> off =
                post("/console/webhooks/" + id + "/enabled", mine, "enabled=false&csrf=" + token, Api.BASE);
        assertEquals(303, off.statusCode(), off::body);
        assertFalse(webhook(own.key(), id).getBoolean("enabled"));
        String disabled = get("/console/webhooks/" + id, mine).body();
        assertTrue(disabled.contains("Switched off by hand"), disabled);
        assertFalse(disabled.contains("/ping\""), "no ping button for a disabled endpoint");
        HttpResponse<String> pingOff = post("/console/webhooks/" + id + "/ping", mine, "csrf=" + token, Api.BASE);
        assertEquals(409, pingOff.statusCode());
        assertTrue(pingOff.body().contains("is disabled; enable it first"), pingOff.body());
        assertEquals(
                400,
                post("/console/webhooks/" + id + "/enabled", mine, "enabled=maybe&csrf=" + token, Api.BASE)
                        .statusCode());
        assertEquals(
                303,
                post("/console/webhooks/" + id + "/enabled", mine, "enabled=true&csrf=" + token, Api.BASE)
                        .statusCode());
        assertTrue(webhook(own.key(), id).getBoolean("enabled"));
    }

    @Test
    void anotherTenantsWebhookIsNotFound() throws Exception {
        String path = "/theirs-" + UUID.randomUUID();
        createWebhook(cookie, receiver.url(path), "theirs", null);
        long id = webhookId(tenant.key(), path);
        Api.Tenant other = Api.newTenant();
        String theirs = sessionCookie(other.key());
        String token = csrf(get("/console/webhooks", theirs).body());
        assertEquals(404, get("/console/webhooks/" + id, theirs).statusCode());
        assertEquals(
                404,
                post("/console/webhooks/" + id + "/ping", theirs, "csrf=" + token, Api.BASE)
                        .statusCode());
        assertEquals(
                404,
                post("/console/webhooks/" + id + "/enabled", theirs, "enabled=false&csrf=" + token, Api.BASE)
                        .statusCode());
        assertEquals(
                404,
                post("/console/webhooks/" + id + "/deliveries/1/redelivery", theirs, "csrf=" + token, Api.BASE)
                        .statusCode());
        assertFalse(get("/console/webhooks", theirs).body().contains(path));
        assertTrue(webhook(tenant.key(), id).getBoolean("enabled"));
        assertEquals(0, deliveries(tenant.key(), id).size());
    }

    @Test
    void aRefusedDestinationIsShownWithItsReasonAndTheFormKept() throws Exception {
        Api.Tenant own = Api.newTenant();
        String mine = sessionCookie(own.key());
        String token = csrf(get("/console/webhooks", mine).body());
        for (String url : new String[] {"http://169.254.169.254/latest/meta-data", "http://127.0.0.2:8080/x"}) {
            HttpResponse<String> r = post(
                    "/console/webhooks",
                    mine,
                    "url=" + enc(url) + "&events=invoice.rejected&description=" + enc(HOSTILE) + "&csrf=" + token,
                    Api.BASE);
            assertEquals(400, r.statusCode(), r::body);
            assertTrue(r.body().contains("role=\"alert\"") && r.body().contains("resolves to"), r.body());
            assertTrue(r.body().contains("value=\"" + url + "\""), "the URL typed is kept");
            assertTrue(r.body().contains("value=\"invoice.rejected\" checked"), "the ticks are kept");
            assertFalse(r.body().contains("<script>alert"), r.body());
            assertFalse(r.body().contains("whsec_"));
        }
        HttpResponse<String> unknown = post(
                "/console/webhooks",
                mine,
                "url=" + enc(receiver.url("/x")) + "&events=invoice.eaten&csrf=" + token,
                Api.BASE);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("is not an event type"), unknown.body());
        assertEquals(0, webhooks(own.key()).size(), "nothing was registered");
    }

    @Test
    void theEventsFeedShowsTheTenantsEventsNewestFirstEscaped() throws Exception {
        Api.Tenant own = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(own.key(), "1100");
        String number = "EV-<b>\"x\"</b>-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(
                201,
                Api.post("/api/v1/invoices", own.key(), Fixtures.exampleInvoice("simplified-invoice", unit, number))
                        .status());
        String mine = sessionCookie(own.key());
        String page =
                awaitPage(mine, "/console/events?type=invoice.reported", b -> b.contains("invoice.reported</bdi>"));
        assertTrue(page.contains("EV-&lt;b&gt;"), "the invoice number in the data, escaped: " + page);
        assertFalse(page.contains("<b>"), page);
        assertTrue(Pattern.compile("\"invoiceNumber\": ?\"EV-").matcher(page).find(), "indented JSON text: " + page);
        assertFalse(page.contains("onboarding.completed</bdi>"), "filtered to the one type");

        String all = get("/console/events", mine).body();
        int reported = all.indexOf("invoice.reported</bdi>");
        int onboarded = all.indexOf("onboarding.completed</bdi>");
        assertTrue(reported > 0 && onboarded > reported, "newest first: " + all);

        HttpResponse<String> bad = get("/console/events?type=" + enc("<invoice.eaten>"), mine);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("is not an event type") && bad.body().contains("&lt;invoice.eaten&gt;"));
        assertEquals(400, get("/console/events?before=x", mine).statusCode());
        // a 400 page is a page, not its source escaped (RESTEasy escapes String entities of 400 answers)
        String invoices = get("/console/invoices?from=yesterday", mine).body();
        assertTrue(invoices.startsWith("<!DOCTYPE html>") && invoices.contains("<p class=\"error\" role=\"alert\">"));
        // another tenant sees none of it
        assertFalse(get("/console/events", cookie).body().contains("EV-&lt;b&gt;"));
        assertTrue(get("/console/events?lang=ar", mine).body().contains("dir=\"rtl\""));
        get("/console/events?lang=en", mine);
    }

    @Test
    void theEventsFeedPagesFiftyAtATimeToTheOldest() throws Exception {
        Api.Tenant own = Api.newTenant();
        String hook = Api.post("/api/v1/webhooks", own.key(), "{\"url\":\"" + receiver.url("/pages") + "\"}")
                .body();
        long id = webhookId(own.key(), "/pages");
        for (int i = 0; i < 52; i++) {
            assertEquals(
                    202,
                    Api.post("/api/v1/webhooks/" + id + "/ping", own.key(), "").status(),
                    hook);
        }
        String mine = sessionCookie(own.key());
        String first = get("/console/events?type=webhook.ping", mine).body();
        assertEquals(50, count(first, "<pre class=\"json\""), first);
        assertTrue(first.indexOf("<td>52</td>") < first.indexOf("<td>3</td>"), "newest first: " + first);
        assertFalse(first.contains("<td>2</td>"), first);
        Matcher older = Pattern.compile("href=\"/console/(events\\?before=3&amp;type=webhook.ping)\"")
                .matcher(first);
        assertTrue(older.find(), first);
        String second =
                get("/console/" + older.group(1).replace("&amp;", "&"), mine).body();
        assertEquals(2, count(second, "<pre class=\"json\""), second);
        assertTrue(second.indexOf("<td>2</td>") < second.indexOf("<td>1</td>"), second);
        assertFalse(second.contains("events?before="), "no older page after the oldest: " + second);
    }

    @Test
    void anSdkSampleUploadedPassesEveryStage() throws Exception {
        String token = csrf(get("/console/validate", cookie).body());
        byte[] sample = Files.readAllBytes(firstSample());
        HttpResponse<String> r = validate(cookie, token, Api.BASE, sample, "", INITIAL_PIH);
        assertEquals(200, r.statusCode(), r::body);
        String page = r.body();
        for (String stage : new String[] {
            "UBL schema (XSD)",
            "EN 16931 rules",
            "KSA (ZATCA) rules",
            "Signature",
            "QR code",
            "Previous invoice hash (PIH)"
        }) {
            assertTrue(page.contains(stage + ": passed"), stage + " in " + page);
        }
        assertEquals(6, count(page, "class=\"stage stage-passed\""), page);
        assertTrue(page.contains(">Valid<"), page);
        assertTrue(page.contains("Chain link (PIH) checked</dt><dd>Yes"), page);
    }

    @Test
    void anInvoicesPageShowsItsTotalsAndLinksItsValidationReport() throws Exception {
        long unit = sa.fatoora.gateway.testing.Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        Api.Reply issued = Api.post(
                "/api/v1/invoices",
                tenant.key(),
                sa.fatoora.gateway.testing.Fixtures.exampleInvoice("simplified-invoice", unit));
        assertEquals(201, issued.status(), issued::toString);
        long id = issued.object().getJsonNumber("id").longValue();

        String page = get("/console/invoices/" + id, cookie).body();
        assertTrue(page.contains("Amount due</dt><dd class=\"amount\"><bdi dir=\"ltr\">"), page);
        assertTrue(page.contains(" SAR</bdi>"), "amounts with their currency: " + page);
        assertTrue(page.contains("href=\"/console/validate/invoice/" + id + "\""), page);

        HttpResponse<String> report = get("/console/validate/invoice/" + id, cookie);
        assertEquals(200, report.statusCode(), report::body);
        assertTrue(report.body().contains(">Valid<"), report.body());
        assertEquals(6, count(report.body(), "class=\"stage stage-passed\""), report.body());
        assertTrue(report.body().contains("Chain link (PIH) checked</dt><dd>Yes"), report.body());
        assertTrue(report.body().contains("href=\"/console/invoices/" + id + "\""), "a link back: " + report.body());
        // another tenant's session: not found, nothing of it shown
        HttpResponse<String> theirs = get(
                "/console/validate/invoice/" + id, sessionCookie(Api.newTenant().key()));
        assertEquals(404, theirs.statusCode());
        assertFalse(theirs.body().contains("stage-passed"), theirs.body());
    }

    @Test
    void aBrokenDocumentPastedShowsItsFindingsAndAnAuditorMayValidate() throws Exception {
        String auditor = sessionCookie(auditorKey(tenant));
        String token = csrf(get("/console/validate", auditor).body());
        String broken = Files.readString(firstSample(), StandardCharsets.UTF_8)
                .replaceFirst(
                        "(<cbc:ProfileID>)", "<cbc:Hostile>&lt;script&gt;alert(1)&lt;/script&gt;</cbc:Hostile>$1");
        HttpResponse<String> r = validate(auditor, token, Api.BASE, new byte[0], broken, "");
        assertEquals(200, r.statusCode(), r::body);
        String page = r.body();
        assertTrue(page.contains("UBL schema (XSD): failed"), page);
        assertTrue(page.contains("cvc-complex-type.2.4.a") && page.contains("cbc:Hostile"), page);
        assertTrue(page.contains(">Not valid<"), page);
        assertTrue(page.contains("No: without a previous invoice hash"), page);
        assertFalse(page.contains("<script>alert"), "the pasted document is shown escaped");
        assertTrue(page.contains("&lt;cbc:Hostile&gt;"), "the pasted text stays in the form");

        HttpResponse<String> notXml = validate(auditor, token, Api.BASE, new byte[0], "not <xml", "");
        assertEquals(400, notXml.statusCode());
        assertTrue(notXml.body().contains("role=\"alert\"") && !notXml.body().contains("stage-"), notXml.body());
        HttpResponse<String> empty = validate(auditor, token, Api.BASE, new byte[0], "  ", "");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Paste a document or choose a file first."));
        HttpResponse<String> badPih = validate(auditor, token, Api.BASE, new byte[0], broken, "not base64!");
        assertEquals(400, badPih.statusCode());
        assertTrue(badPih.body().contains("pih is not valid base64"), badPih.body());
        // the token and the origin are checked here too
        assertEquals(
                403,
                validate(auditor, "wrong", Api.BASE, new byte[0], broken, "").statusCode());
        assertEquals(
                403,
                validate(auditor, token, "https://evil.example", new byte[0], broken, "")
                        .statusCode());
    }

    @Test
    void rulePacksAreListedReadOnlyWithTheActiveOne() throws Exception {
        HttpResponse<String> r = get("/console/rule-packs", cookie);
        assertEquals(200, r.statusCode());
        String page = r.body();
        String active = Api.get("/api/v1/admin/rule-packs/active", Api.ADMIN_KEY)
                .object()
                .getString("id");
        assertTrue(
                Pattern.compile("<tr class=\"row-active\">\\s*<td class=\"nowrap\"><bdi>" + Pattern.quote(active)
                                + "</bdi>")
                        .matcher(page)
                        .find(),
                page);
        assertEquals(1, count(page, "class=\"row-active\""), page);
        assertTrue(page.contains("Built in"), page);
        assertTrue(page.contains("Only the gateway's administrator uploads and activates rule packs"), page);
        assertEquals(1, count(page, "method=\"post\""), "no form but the sign-out: " + page);
        assertTrue(get("/console/rule-packs?lang=ar", cookie).body().contains("حزم القواعد"));
        get("/console/rule-packs?lang=en", cookie);
    }

    // --- helpers

    /** A new read-only (AUDITOR) key of the tenant. */
    static String auditorKey(Api.Tenant of) {
        return Api.post("/api/v1/admin/tenants/" + of.id() + "/keys", Api.ADMIN_KEY, "{\"role\":\"AUDITOR\"}")
                .object()
                .getString("key");
    }

    static HttpResponse<String> createWebhook(String cookie, String url, String description, String event)
            throws Exception {
        String token = csrf(get("/console/webhooks", cookie).body());
        String body = "url=" + enc(url) + "&description=" + enc(description) + "&csrf=" + enc(token)
                + (event == null ? "" : "&events=" + enc(event));
        return post("/console/webhooks", cookie, body, Api.BASE);
    }

    /** The form body of a page's buttons: its CSRF token. */
    static String form(String page) {
        return "csrf=" + enc(csrf(page));
    }

    static long webhookId(String key, String path) {
        return webhooks(key).stream()
                .map(JsonValue::asJsonObject)
                .filter(w -> w.getString("url").endsWith(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no webhook at " + path))
                .getJsonNumber("id")
                .longValue();
    }

    static jakarta.json.JsonArray webhooks(String key) {
        return Api.get("/api/v1/webhooks", key).json().asJsonArray();
    }

    static JsonObject webhook(String key, long id) {
        return Api.get("/api/v1/webhooks/" + id, key).object();
    }

    static jakarta.json.JsonArray deliveries(String key, long id) {
        return Api.get("/api/v1/webhooks/" + id + "/deliveries", key).object().getJsonArray("deliveries");
    }

    static JsonObject awaitDelivery(long id, Predicate<JsonObject> done) throws InterruptedException {
        Instant end = Instant.now().plus(WAIT);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            jakarta.json.JsonArray list = deliveries(tenant.key(), id);
            last = list.isEmpty() ? null : list.getJsonObject(0);
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("delivery not as expected within " + WAIT + ": " + last);
    }

    static String awaitPage(String cookie, String path, Predicate<String> done) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        String body = "";
        while (Instant.now().isBefore(end)) {
            body = get(path, cookie).body();
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not on " + path + " within " + WAIT + ": " + body);
    }

    static Path firstSample() throws IOException {
        Path dir = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data", "Samples");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".xml"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The validation form as a browser sends it: multipart, the file part empty when no file was chosen. */
    static HttpResponse<String> validate(String cookie, String csrf, String origin, byte[] file, String xml, String pih)
            throws Exception {
        String boundary = "----console" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "csrf", null, csrf.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", file.length == 0 ? "" : "invoice.xml", file);
        part(body, boundary, "xml", null, xml.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "pih", null, pih.getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "/console/validate"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return ConsoleIT.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName, byte[] content)
            throws IOException {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/xml")
                + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
