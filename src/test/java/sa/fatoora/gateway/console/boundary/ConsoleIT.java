package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * The console over plain HTTP, as a browser would talk to it (redirects not followed, so each step is seen): the
 * security headers, sign-in and its cookie, the dashboard of the key's tenant only with everything escaped, the
 * CSRF token and the Origin check on sign-out, and the sign-in throttle (src/test/liberty/jvm.options: 10 failures
 * in 10 s).
 */
class ConsoleIT {

    /** A seller name meant to break out of the page: it must be shown as text. */
    static final String HOSTILE = "Max <script>alert('x')</script> & \"Q\" <img src=x>";

    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    static Api.Tenant tenant;

    @BeforeAll
    static void setUp() {
        tenant = Api.newTenant();
        String unit = Fixtures.egsUnit("CONSOLE-" + UUID.randomUUID().toString().substring(0, 8))
                .replace("\"functionality\": \"1100\"", "\"functionality\": \"1000\"")
                .replace("Maximum Speed Tech Supply LTD", HOSTILE.replace("\"", "\\\""));
        Api.Reply r = Api.post("/api/v1/egs-units", tenant.key(), unit);
        assertEquals(201, r.status(), r::toString);
    }

    @Test
    void pagesCarryAStrictPolicyAndNoScript() throws Exception {
        HttpResponse<String> page = get("/console/sign-in", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self';"), "scripts from the console itself only: " + csp);
        assertFalse(csp.contains("unsafe-"), "nothing inline, no eval: " + csp);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        // one script element: the console's own module (copy buttons), nothing inline
        java.util.regex.Matcher scripts =
                java.util.regex.Pattern.compile("<script[^>]*>([^<]*)</script>").matcher(page.body());
        assertTrue(scripts.find(), page.body());
        assertTrue(
                scripts.group().matches("<script type=\"module\" src=\"[^\"]*console\\.js\"></script>"),
                scripts.group());
        assertFalse(scripts.find(), "a second script: " + page.body());
        assertEquals(1, page.body().split("<script", -1).length - 1, page.body());
        HttpResponse<String> js = get("/console/console.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("navigator.clipboard.writeText"), js.body());
        assertFalse(page.body().contains(" style="), "no inline style: the policy would block it");
        // the console is not API: no X-API-Key needed, and /console answers the sign-in page when signed out
        HttpResponse<String> root = get("/console", null);
        assertEquals(303, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/console/sign-in"));
    }

    @Test
    void aWrongKeyGetsNoSession() throws Exception {
        HttpResponse<String> r = signIn("fgw_not-a-key", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("not valid"), r.body());
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void theDashboardShowsTheTenantsOwnDataEscaped() throws Exception {
        String cookie = sessionCookie(tenant.key());
        HttpResponse<String> d = get("/console/dashboard", cookie);
        assertEquals(200, d.statusCode(), d::body);
        String body = d.body();
        assertTrue(body.contains("Dashboard"), body);
        assertFalse(body.contains("<script>alert"), "the seller name was not escaped: " + body);
        assertFalse(body.contains("<img src=x"), body);
        // text: < > & escaped (quotes are harmless between tags; in attributes jte escapes them too: PagesTest)
        assertTrue(body.contains("Max &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"Q\" &lt;img src=x&gt;"), body);
        assertTrue(body.contains("name=\"csrf\""), "the sign-out form carries the CSRF token");
        assertFalse(body.contains(tenant.key()), "the key never appears in a page");
        assertTrue(body.contains("ZATCA has not answered any invoice of this tenant yet."), body);
        assertTrue(body.contains("Healthy: no invoice is waiting to be sent again."), body);

        // Arabic: right to left, and the same data
        String arabic = get("/console/dashboard?lang=ar", cookie).body();
        assertTrue(arabic.contains("dir=\"rtl\"") && arabic.contains("lang=\"ar\""), arabic);
        assertTrue(arabic.contains("لوحة المتابعة"), arabic);

        // another tenant's session sees none of it
        Api.Tenant other = Api.newTenant();
        String theirs = get("/console/dashboard", sessionCookie(other.key())).body();
        assertFalse(theirs.contains("Max &lt;script"), theirs);
    }

    @Test
    void invoicesAreListedFilteredAndShownTheTenantsOnly() throws Exception {
        Api.Tenant own = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(own.key(), "1100");
        String number = "CON-<b>\"x\"</b>-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply issued =
                Api.post("/api/v1/invoices", own.key(), Fixtures.exampleInvoice("simplified-invoice", unit, number));
        assertEquals(201, issued.status(), issued::toString);
        long id = issued.object().getJsonNumber("id").longValue();
        Api.Reply standard = Api.post("/api/v1/invoices", own.key(), Fixtures.exampleInvoice("standard-invoice", unit));
        assertEquals("CLEARED", standard.object().getString("status"), standard::toString);
        String cookie = sessionCookie(own.key());

        // the dashboard names ZATCA's newest answer: the standard invoice, cleared
        String dashboard = get("/console/dashboard", cookie).body();
        String standardNumber = standard.object().getString("invoiceNumber");
        assertTrue(dashboard.contains("Last answer from ZATCA"), dashboard);
        assertTrue(dashboard.contains(": Cleared, <bdi>" + standardNumber + "</bdi>"), dashboard);

        String list = get("/console/invoices", cookie).body();
        assertTrue(list.contains("invoices/" + id + "\""), list);
        assertFalse(list.contains("<b>"), "the invoice number is escaped: " + list);
        String simplified =
                get("/console/invoices?type=SIMPLIFIED&status=REPORTED", cookie).body();
        assertTrue(simplified.contains("invoices/" + id + "\""), simplified);
        assertFalse(get("/console/invoices?type=STANDARD", cookie).body().contains("invoices/" + id + "\""));
        String found = get("/console/invoices?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8), cookie)
                .body();
        assertTrue(found.contains("invoices/" + id + "\""), found);
        HttpResponse<String> bad = get("/console/invoices?from=yesterday", cookie);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("a date like"), bad.body());

        HttpResponse<String> detail = get("/console/invoices/" + id, cookie);
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains("data:image/png;base64,"), "the QR code");
        assertTrue(
                detail.body().contains("&lt;cbc:ProfileID&gt;reporting:1.0&lt;/cbc:ProfileID&gt;"), "the XML, escaped");
        assertTrue(detail.body().contains("REPORTING"), "the timeline has the submission");
        HttpResponse<String> xml = get("/console/invoices/" + id + "/xml", cookie);
        assertEquals(200, xml.statusCode());
        assertTrue(xml.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .startsWith("attachment; filename=\"CON-_b__x__"));
        assertEquals(Api.get("/api/v1/invoices/" + id + "/xml", own.key()).body(), xml.body(), "the stored bytes");
        HttpResponse<byte[]> pdf = HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/console/invoices/" + id + "/pdf"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        // "send now" is for PENDING invoices only: a reported one has no button, and a forged request is refused
        assertFalse(detail.body().contains("/send\""), "no send button for a REPORTED invoice");
        String csrf = csrf(detail.body());
        assertEquals(
                403,
                post("/console/invoices/" + id + "/send", cookie, "csrf=wrong", Api.BASE)
                        .statusCode());
        HttpResponse<String> notPending = post("/console/invoices/" + id + "/send", cookie, "csrf=" + csrf, Api.BASE);
        assertEquals(409, notPending.statusCode(), notPending::body);
        assertTrue(notPending.body().contains("ZATCA answered it already"), notPending.body());
        Api.Reply auditorKey =
                Api.post("/api/v1/admin/tenants/" + own.id() + "/keys", Api.ADMIN_KEY, "{\"role\":\"AUDITOR\"}");
        String auditor = sessionCookie(auditorKey.object().getString("key"));
        String auditorCsrf = csrf(get("/console/invoices/" + id, auditor).body());
        HttpResponse<String> refused =
                post("/console/invoices/" + id + "/send", auditor, "csrf=" + auditorCsrf, Api.BASE);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("read-only"), refused.body());

        // another tenant's session: not found, and not listed
        String theirs = sessionCookie(tenant.key());
        assertEquals(404, get("/console/invoices/" + id, theirs).statusCode());
        assertEquals(404, get("/console/invoices/" + id + "/xml", theirs).statusCode());
        assertEquals(404, get("/console/invoices/" + id + "/pdf", theirs).statusCode());
        assertFalse(get("/console/invoices", theirs).body().contains("invoices/" + id + "\""));
        // signed out: the sign-in page, never the document
        assertEquals(303, get("/console/invoices/" + id + "/xml", null).statusCode());
    }

    @Test
    void anAuditorReadsAndExportsTheAuditTrail() throws Exception {
        Api.Reply key =
                Api.post("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY, "{\"role\":\"AUDITOR\"}");
        String cookie = sessionCookie(key.object().getString("key"));
        String dashboard = get("/console/dashboard", cookie).body();
        assertTrue(dashboard.contains("data-role=\"AUDITOR\">Auditor (read-only)<"), "the role is shown");
        HttpResponse<String> audit = get("/console/audit?type=EGS_UNIT_CREATED", cookie);
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("EGS_UNIT_CREATED"), audit.body());
        HttpResponse<String> csv = get("/console/audit/export?format=csv", cookie);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("EGS_UNIT_CREATED") && csv.body().contains("API_KEY_ISSUED"), csv.body());
        assertEquals(400, get("/console/audit?from=someday", cookie).statusCode());
    }

    @Test
    void signOutNeedsTheCsrfTokenAndTheOwnOrigin() throws Exception {
        String cookie = sessionCookie(tenant.key());
        String csrf = csrf(get("/console/dashboard", cookie).body());
        assertEquals(403, post("/console/sign-out", cookie, "csrf=wrong", null).statusCode());
        assertEquals(403, post("/console/sign-out", cookie, "", null).statusCode());
        assertEquals(
                403,
                post("/console/sign-out", cookie, "csrf=" + csrf, "https://evil.example")
                        .statusCode());
        assertEquals(200, get("/console/dashboard", cookie).statusCode(), "still signed in");

        HttpResponse<String> out = post("/console/sign-out", cookie, "csrf=" + csrf, Api.BASE);
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Max-Age=0")));
        HttpResponse<String> after = get("/console/dashboard", cookie);
        assertEquals(303, after.statusCode(), "the session is gone on the server, not only in the browser");
    }

    @Test
    void theCookieIsHttpOnlyStrictAndScoped() throws Exception {
        HttpResponse<String> r = signIn(tenant.key(), null);
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/console/dashboard"));
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("fg_console="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/console"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain http here: a Secure cookie would never come back");
        assertTrue(setCookie.length() > "fg_console=".length() + 40, "a long random id: " + setCookie);
    }

    @Test
    void failedSignInsAreThrottled() throws Exception {
        // from this address: 10 failures in the window, then even the right key waits (429, Retry-After)
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            last = signIn("fgw_wrong-" + i, null);
        }
        assertEquals(429, last.statusCode());
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, signIn(tenant.key(), null).statusCode());
        Thread.sleep(11_000); // the test server's window is 10 s
        assertEquals(303, signIn(tenant.key(), null).statusCode());
    }

    // --- helpers

    static HttpResponse<String> signIn(String key, String origin) throws Exception {
        return post("/console/sign-in", null, "apiKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8), origin);
    }

    static String sessionCookie(String key) throws Exception {
        HttpResponse<String> r = signIn(key, null);
        assertEquals(303, r.statusCode(), r::body);
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String cookie, String form, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
