package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.csrf;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.get;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.post;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.sessionCookie;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Simulator;

/**
 * The console's EGS unit pages over plain HTTP: registering a unit through the form (escaped, refused as the API
 * refuses, nothing stored on a refusal), onboarding with an OTP with every compliance step shown, the certificate's
 * details, renewal and revocation, and who may change what: the session's CSRF token, an operator's key, the
 * tenant's own units only. Every effect is read back through the REST API.
 */
class ConsoleUnitsIT {

    static final String HOSTILE = "Max <script>alert('x')</script> & <img src=x>";
    static final String HOSTILE_TEXT = "Max &lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img src=x&gt;";
    static final DateTimeFormatter RIYADH =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Riyadh"));

    static Api.Tenant tenant;
    static String cookie;
    static String csrf;

    @BeforeAll
    static void signIn() throws Exception {
        tenant = Api.newTenant();
        cookie = sessionCookie(tenant.key());
        csrf = csrf(get("/console/units", cookie).body());
    }

    @Test
    void aUnitRegisteredThroughTheFormIsTheApisAndShownEscaped() throws Exception {
        HttpResponse<String> empty = get("/console/units", cookie);
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("<form method=\"post\" action=\"/console/units\""), empty.body());

        String name = "CONSOLE-" + UUID.randomUUID();
        Map<String, String> form = exampleForm(name);
        form.put("legalName", HOSTILE);
        form.put("branch", HOSTILE);
        HttpResponse<String> created = post("/console/units", cookie, encode(form), Api.BASE);
        assertEquals(303, created.statusCode(), created::body);
        long id = unitId(created);
        JsonObject unit = Api.get("/api/v1/egs-units/" + id, tenant.key()).object();
        assertEquals(name, unit.getString("name"));
        assertEquals(HOSTILE, unit.getJsonObject("seller").getString("legalName"));
        assertEquals("1100", unit.getString("functionality"));
        assertEquals(
                "CRN", unit.getJsonObject("seller").getJsonObject("otherId").getString("scheme"));
        // the audit trail names the key that signed in to the console, as for the same change on the REST API
        long keyId = Api.get("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonArray audited = Api.get("/api/v1/audit?type=EGS_UNIT_CREATED&subject=egs-unit:" + id, tenant.key())
                .object()
                .getJsonArray("items");
        assertEquals(1, audited.size(), audited::toString);
        assertEquals("api-key:" + keyId, audited.getJsonObject(0).getString("actor"));

        HttpResponse<String> page = get("/console/units/" + id, cookie);
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>alert"), page.body());
        assertFalse(page.body().contains("<img src=x"), page.body());
        assertTrue(page.body().contains(HOSTILE_TEXT), page.body());
        assertTrue(page.body().contains("Not onboarded"), page.body());
        assertTrue(page.body().contains("/console/units/" + id + "/onboarding"), "the onboarding form");
        String list = get("/console/units", cookie).body();
        assertTrue(list.contains("href=\"/console/units/" + id + "\""), list);
        assertTrue(list.contains(name), list);
    }

    @Test
    void badInputIsRefusedWithTheApisProblemAndNothingIsStored() throws Exception {
        int before = units(tenant.key());
        Map<String, String> form = exampleForm("<script>x</script>");
        form.put("vatNumber", "12");
        form.put("postalCode", "");
        HttpResponse<String> bad = post("/console/units", cookie, encode(form), Api.BASE);
        assertEquals(400, bad.statusCode());
        String body = bad.body();
        assertTrue(body.contains("VALIDATION_FAILED") && body.contains("3 invalid field(s)"), body);
        assertTrue(body.contains("/name") && body.contains("/seller/vatNumber"), body);
        assertTrue(body.contains("/seller/address/postalCode"), body);
        assertTrue(body.contains("none of , = + &lt; &gt; #"), "the API's message, escaped: " + body);
        assertFalse(body.contains("<script>x"), "the value shown again is escaped: " + body);
        assertTrue(body.contains("value=\"Riyadh Branch\""), "the form keeps what was typed");
        assertEquals(before, units(tenant.key()), "nothing was stored");

        // a name the tenant has: the API's 409
        String name = "DUP-" + UUID.randomUUID();
        assertEquals(
                303,
                post("/console/units", cookie, encode(exampleForm(name)), Api.BASE)
                        .statusCode());
        HttpResponse<String> twice = post("/console/units", cookie, encode(exampleForm(name)), Api.BASE);
        assertEquals(409, twice.statusCode());
        assertTrue(twice.body().contains("EGS_UNIT_EXISTS"), twice.body());
        assertEquals(before + 1, units(tenant.key()));
    }

    @Test
    void onboardingWithAnOtpShowsEveryStepAndTheCertificate() throws Exception {
        long id = Fixtures.createdEgsUnit(tenant.key(), "1100");
        String unit = "/console/units/" + id;

        HttpResponse<String> malformed = post(unit + "/onboarding", cookie, form("otp", "12"), Api.BASE);
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("/otp") && malformed.body().contains("numeric OTP"), malformed.body());
        assertEquals(
                404,
                Api.get("/api/v1/egs-units/" + id + "/onboarding", tenant.key()).status(),
                "no run");

        HttpResponse<String> refused = post(unit + "/onboarding", cookie, form("otp", "999999"), Api.BASE);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("ZATCA_INVALID_OTP"), refused.body());
        assertTrue(
                refused.body().contains("Compliance CSID") && refused.body().contains("step-failed"), refused.body());
        assertTrue(certificates(id).isEmpty(), "no certificate");
        HttpResponse<String> language = get(unit + "/onboarding?lang=en", cookie);
        assertEquals(303, language.statusCode(), "the refusal page's language link leads back to the unit");
        assertTrue(language.headers().firstValue("Location").orElse("").endsWith(unit));

        HttpResponse<String> onboarded = post(unit + "/onboarding", cookie, form("otp", Simulator.otp()), Api.BASE);
        assertEquals(303, onboarded.statusCode(), onboarded::body);
        assertTrue(onboarded.headers().firstValue("Location").orElse("").endsWith(unit));
        String page = get(unit, cookie).body();
        assertTrue(page.contains("Onboarded: certificate active"), page);
        for (String step : new String[] {"Key and CSR", "Compliance CSID", "Production CSID", "Certificate active"}) {
            assertTrue(page.contains(step), step + ": " + page);
        }
        for (String document : new String[] {
            "STANDARD_INVOICE", "STANDARD_CREDIT_NOTE", "STANDARD_DEBIT_NOTE",
            "SIMPLIFIED_INVOICE", "SIMPLIFIED_CREDIT_NOTE", "SIMPLIFIED_DEBIT_NOTE"
        }) {
            assertTrue(page.contains(document), document + ": " + page);
        }
        assertEquals(
                Api.get("/api/v1/egs-units/" + id + "/onboarding", tenant.key())
                        .object()
                        .getJsonArray("steps")
                        .size(),
                count(page, "<tr class=\"step-"),
                "one row per recorded step");
        assertFalse(page.contains("step-failed"), "the retry passed the failed step: " + page);

        JsonObject production = certificates(id).stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("status").equals("ACTIVE"))
                .findFirst()
                .orElseThrow();
        assertTrue(page.contains(production.getString("serial")), "serial: " + page);
        assertTrue(page.contains(production.getString("issuer")), "issuer: " + page);
        assertTrue(page.contains(riyadh(production.getString("notBefore"))), "valid from, Riyadh time: " + page);
        assertTrue(page.contains(riyadh(production.getString("notAfter"))), "valid until, Riyadh time: " + page);
        assertEquals(
                certificates(id).size(), count(page, "Matches the certificate"), "each stored key matches: " + page);
        assertTrue(page.contains(unit + "/renewal"), "now it renews");
        assertFalse(page.contains(unit + "/onboarding\""), "and is not onboarded twice");

        String list = get("/console/units", cookie).body();
        assertTrue(list.contains(riyadh(production.getString("notAfter"))), list);

        // renewal with an OTP: a new production certificate, the old one superseded
        HttpResponse<String> renewed = post(unit + "/renewal", cookie, form("otp", Simulator.otp()), Api.BASE);
        assertEquals(303, renewed.statusCode(), renewed::body);
        JsonObject renewedActive = active(id);
        assertFalse(renewedActive.getString("serial").equals(production.getString("serial")));
        assertTrue(get(unit, cookie).body().contains("Latest renewal"));

        // revocation, as POST /api/v1/certificates/{id}/revocation with a reason
        long certificate = renewedActive.getJsonNumber("id").longValue();
        HttpResponse<String> revoked = post(
                unit + "/certificates/" + certificate + "/revocation",
                cookie,
                form("reason", "key <b>leaked</b>"),
                Api.BASE);
        assertEquals(303, revoked.statusCode(), revoked::body);
        HttpResponse<String> back = get(unit + "/certificates/" + certificate + "/revocation?lang=en", cookie);
        assertEquals(303, back.statusCode(), "a language link after a refused revocation");
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith(unit));
        JsonObject after =
                Api.get("/api/v1/certificates/" + certificate, tenant.key()).object();
        assertEquals("REVOKED", after.getString("status"));
        assertEquals("key <b>leaked</b>", after.getString("statusReason"));
        String revokedPage = get(unit, cookie).body();
        assertTrue(revokedPage.contains("key &lt;b&gt;leaked&lt;/b&gt;"), revokedPage);
        assertTrue(revokedPage.contains("No active certificate"), revokedPage);
    }

    @Test
    void changesNeedTheSessionsCsrfTokenAndAnOperatorsKey() throws Exception {
        long id = Fixtures.createdEgsUnit(tenant.key(), "1000");
        int before = units(tenant.key());
        String form = encode(exampleForm("CSRF-" + UUID.randomUUID()));
        HttpResponse<String> noToken = post("/console/units", cookie, form.replaceFirst("csrf=[^&]*&", ""), Api.BASE);
        assertEquals(403, noToken.statusCode());
        assertEquals(
                403,
                post("/console/units", cookie, form, "https://evil.example").statusCode());
        assertEquals(
                403,
                post("/console/units/" + id + "/onboarding", cookie, "otp=" + Simulator.otp(), Api.BASE)
                        .statusCode());
        assertEquals(before, units(tenant.key()), "nothing was stored");
        assertEquals(
                404,
                Api.get("/api/v1/egs-units/" + id + "/onboarding", tenant.key()).status(),
                "no run");

        Api.Reply key =
                Api.post("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY, "{\"role\":\"AUDITOR\"}");
        String auditor = sessionCookie(key.object().getString("key"));
        String list = get("/console/units", auditor).body();
        assertTrue(list.contains("href=\"/console/units/" + id + "\""), "the auditor sees the units: " + list);
        assertFalse(list.contains("method=\"post\" action=\"/console/units\""), "but no form: " + list);
        String unitPage = get("/console/units/" + id, auditor).body();
        assertTrue(unitPage.contains("Not onboarded"), unitPage);
        assertFalse(unitPage.contains("/onboarding\""), "no onboarding form: " + unitPage);
        String auditorCsrf = csrf(list);
        HttpResponse<String> create = post(
                "/console/units",
                auditor,
                encode(exampleForm("AUDITOR-" + UUID.randomUUID())).replace(csrf, auditorCsrf),
                Api.BASE);
        assertEquals(403, create.statusCode());
        assertTrue(create.body().contains("read-only"), create.body());
        HttpResponse<String> onboard = post(
                "/console/units/" + id + "/onboarding",
                auditor,
                "csrf=" + auditorCsrf + "&otp=" + Simulator.otp(),
                Api.BASE);
        assertEquals(403, onboard.statusCode());
        assertEquals(before, units(tenant.key()), "nothing was stored");
        assertEquals(
                404,
                Api.get("/api/v1/egs-units/" + id + "/onboarding", tenant.key()).status(),
                "no run");
    }

    @Test
    void anotherTenantsUnitIsNotFound() throws Exception {
        Api.Tenant other = Api.newTenant();
        long theirs = Fixtures.onboardedEgsUnit(other.key(), "0100");
        long theirCertificate = active(other.key(), theirs).getJsonNumber("id").longValue();
        assertEquals(404, get("/console/units/" + theirs, cookie).statusCode());
        assertFalse(get("/console/units", cookie).body().contains("/console/units/" + theirs + "\""));
        HttpResponse<String> renew =
                post("/console/units/" + theirs + "/renewal", cookie, form("otp", "123345"), Api.BASE);
        assertEquals(404, renew.statusCode());
        // their certificate, through one of our units: not found either, and still active
        long ours = Fixtures.createdEgsUnit(tenant.key(), "0100");
        HttpResponse<String> revoke = post(
                "/console/units/" + ours + "/certificates/" + theirCertificate + "/revocation",
                cookie,
                form("reason", "x"),
                Api.BASE);
        assertEquals(404, revoke.statusCode());
        assertEquals(
                "ACTIVE",
                Api.get("/api/v1/certificates/" + theirCertificate, other.key())
                        .object()
                        .getString("status"));
        assertEquals(
                "ONBOARDING",
                Api.get("/api/v1/egs-units/" + theirs + "/onboarding", other.key())
                        .object()
                        .getString("kind"),
                "their unit was not renewed");
    }

    // --- helpers

    /** The form fields of examples/egs-units/both-1100.json under this name, with the session's CSRF token. */
    static Map<String, String> exampleForm(String name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("csrf", csrf);
        f.putAll(Fixtures.exampleUnitForm(name));
        return f;
    }

    static String form(String field, String value) {
        return encode(Map.of("csrf", csrf, field, value));
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static long unitId(HttpResponse<String> created) {
        Matcher m = Pattern.compile("/console/units/(\\d+)$")
                .matcher(created.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), created.headers().toString());
        return Long.parseLong(m.group(1));
    }

    static int units(String key) {
        return Api.get("/api/v1/egs-units", key).json().asJsonArray().size();
    }

    static JsonArray certificates(long unit) {
        return Api.get("/api/v1/egs-units/" + unit + "/certificates", tenant.key())
                .json()
                .asJsonArray();
    }

    static JsonObject active(long unit) {
        return active(tenant.key(), unit);
    }

    static JsonObject active(String key, long unit) {
        return Api.get("/api/v1/egs-units/" + unit + "/certificates", key).json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("status").equals("ACTIVE"))
                .findFirst()
                .orElseThrow();
    }

    static String riyadh(String instant) {
        return RIYADH.format(Instant.parse(instant)) + " (Riyadh)";
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
