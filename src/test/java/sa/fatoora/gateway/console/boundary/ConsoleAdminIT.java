package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.HTTP;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.csrf;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.get;
import static sa.fatoora.gateway.console.boundary.ConsoleIT.post;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.SdkZips;

/**
 * The administrator in the console over plain HTTP: signing in with the administrator key, every tenant listed
 * (escaped), a tenant's pages opened read-only, tenants and their OPERATOR or AUDITOR keys made and revoked (each key
 * shown once and then working on the REST API as its role allows), rule packs uploaded and made active; and a tenant
 * key's session refused every one of these, with nothing changed. Every effect is read back through the REST API.
 */
class ConsoleAdminIT {

    static final String HOSTILE = "Tenant <script>alert('t')</script> & \"Q\"";
    static final String HOSTILE_TEXT = "Tenant &lt;script&gt;alert('t')&lt;/script&gt; &amp; \"Q\"";
    static final Pattern SHOWN_KEY = Pattern.compile("<pre class=\"secret\" id=\"api-key\" dir=\"ltr\">([^<]+)</pre>");

    static long hostileTenant;
    static String admin;
    static String adminCsrf;
    static String initiallyActivePack;

    @BeforeAll
    static void signIn() throws Exception {
        Api.Reply r = Api.post(
                "/api/v1/admin/tenants", Api.ADMIN_KEY, "{\"name\":\"" + HOSTILE.replace("\"", "\\\"") + "\"}");
        assertEquals(201, r.status(), r::toString);
        hostileTenant = r.object().getJsonNumber("id").longValue();
        HttpResponse<String> in = ConsoleIT.signIn(Api.ADMIN_KEY, null);
        assertEquals(303, in.statusCode(), in::body);
        assertTrue(in.headers().firstValue("Location").orElse("").endsWith("/console/tenants"), "starts at tenants");
        admin = in.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        adminCsrf = csrf(get("/console/tenants", admin).body());
        initiallyActivePack = Api.get("/api/v1/admin/rule-packs/active", Api.ADMIN_KEY)
                .object()
                .getString("id");
    }

    @AfterAll
    static void restorePack() {
        Api.Reply r = Api.send(Api.request("/api/v1/admin/rule-packs/active", Api.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + initiallyActivePack + "\"}"))
                .build());
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void theAdministratorSeesEveryTenantAndOpensOneReadOnly() throws Exception {
        assertRedirect(get("/console/dashboard", admin), "/console/tenants"); // no tenant chosen yet
        HttpResponse<String> list = get("/console/tenants", admin);
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("<script>alert"), list.body());
        assertTrue(list.body().contains(HOSTILE_TEXT), list.body());
        assertTrue(list.body().contains("data-role=\"ADMINISTRATOR\">Administrator<"), list.body());

        assertEquals(
                404,
                post("/console/tenants/999999999/view", admin, form("csrf", adminCsrf), Api.BASE)
                        .statusCode());
        assertEquals(
                403,
                post("/console/tenants/" + hostileTenant + "/view", admin, "csrf=wrong", Api.BASE)
                        .statusCode(),
                "the CSRF token guards the choice of tenant too");
        assertRedirect(
                post("/console/tenants/" + hostileTenant + "/view", admin, form("csrf", adminCsrf), Api.BASE),
                "/console/dashboard");
        HttpResponse<String> dashboard = get("/console/dashboard", admin);
        assertEquals(200, dashboard.statusCode(), dashboard::body);
        assertTrue(dashboard.body().contains("Viewing tenant <bdi>" + HOSTILE_TEXT + "</bdi>"), dashboard.body());
        for (String page : List.of("/console/invoices", "/console/units", "/console/webhooks", "/console/audit")) {
            HttpResponse<String> shown = get(page, admin);
            assertEquals(200, shown.statusCode(), page);
            assertFalse(shown.body().contains("<form method=\"post\" action=\"/console/units\""), page);
        }

        // read-only inside the tenant, as the administrator's REST API has no tenant changes either
        Map<String, String> unit = new LinkedHashMap<>();
        unit.put("csrf", adminCsrf);
        unit.put("name", "ADMIN-" + UUID.randomUUID());
        HttpResponse<String> refused = post("/console/units", admin, encode(unit), Api.BASE);
        assertEquals(403, refused.statusCode());
        assertTrue(
                refused.body().contains("sees a tenant&#39;s pages read-only")
                        || refused.body().contains("sees a tenant's pages read-only"),
                refused.body());
        assertEquals(0, unitsOf(hostileTenant), "nothing was created");
    }

    @Test
    void theAdministratorMakesATenantAndItsKeysEachShownOnce() throws Exception {
        int before = tenantCount();
        HttpResponse<String> blank = post("/console/tenants", admin, form("csrf", adminCsrf, "name", "  "), Api.BASE);
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("/name"), blank.body());
        assertEquals(before, tenantCount(), "a refused form makes no tenant");

        String name = "console-" + UUID.randomUUID();
        HttpResponse<String> created =
                post("/console/tenants", admin, form("csrf", adminCsrf, "name", name, "keyLabel", "ERP"), Api.BASE);
        assertEquals(201, created.statusCode(), created::body);
        assertEquals(before + 1, tenantCount());
        String operatorKey = shownKey(created);
        assertEquals(200, Api.get("/api/v1/egs-units", operatorKey).status(), "the shown key works");
        Matcher link = Pattern.compile("href=\"/console/tenants/([0-9]+)\"").matcher(created.body());
        assertTrue(link.find(), created.body());
        long tenant = Long.parseLong(link.group(1));
        assertFalse(get("/console/tenants/" + tenant, admin).body().contains(operatorKey), "never shown again");

        HttpResponse<String> badRole =
                post("/console/tenants/" + tenant + "/keys", admin, form("csrf", adminCsrf, "role", "ROOT"), Api.BASE);
        assertEquals(400, badRole.statusCode());
        assertTrue(badRole.body().contains("/role"), badRole.body());
        assertEquals(1, keysOf(tenant).size());

        HttpResponse<String> auditor = post(
                "/console/tenants/" + tenant + "/keys",
                admin,
                form("csrf", adminCsrf, "label", "Auditor <b>", "role", "AUDITOR"),
                Api.BASE);
        assertEquals(201, auditor.statusCode(), auditor::body);
        String auditorKey = shownKey(auditor);
        assertEquals(200, Api.get("/api/v1/egs-units", auditorKey).status());
        assertEquals(403, Api.post("/api/v1/egs-units", auditorKey, "{}").status(), "an auditor changes nothing");
        JsonObject listed = keysOf(tenant).stream()
                .filter(k -> k.getString("role").equals("AUDITOR"))
                .findFirst()
                .orElseThrow();
        assertEquals("Auditor <b>", listed.getString("label"));
        HttpResponse<String> page = get("/console/tenants/" + tenant, admin);
        assertTrue(page.body().contains("Auditor &lt;b&gt;"), page.body());

        long keyId = listed.getJsonNumber("id").longValue();
        assertRedirect(
                post(
                        "/console/tenants/" + tenant + "/keys/" + keyId + "/revocation",
                        admin,
                        form("csrf", adminCsrf),
                        Api.BASE),
                "/console/tenants/" + tenant);
        assertEquals(401, Api.get("/api/v1/egs-units", auditorKey).status(), "revoked");
        assertEquals(
                404,
                post(
                                "/console/tenants/" + hostileTenant + "/keys/" + keyId + "/revocation",
                                admin,
                                form("csrf", adminCsrf),
                                Api.BASE)
                        .statusCode(),
                "another tenant's key is not found through this one");

        // the audit trail names the administrator
        JsonObject audited = Api.get("/api/v1/admin/audit?tenantId=" + tenant + "&type=TENANT_CREATED", Api.ADMIN_KEY)
                .object()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("admin", audited.getString("actor"));
    }

    @Test
    void aTenantKeysSessionGetsNoneOfTheAdministratorsPages() throws Exception {
        Api.Tenant tenant = Api.newTenant();
        String cookie = ConsoleIT.sessionCookie(tenant.key());
        String csrf = csrf(get("/console/dashboard", cookie).body());
        assertFalse(get("/console/dashboard", cookie).body().contains("/console/tenants\""), "no Tenants link");
        assertEquals(403, get("/console/tenants", cookie).statusCode());
        assertEquals(403, get("/console/tenants/" + tenant.id(), cookie).statusCode());
        int before = tenantCount();
        assertEquals(
                403,
                post("/console/tenants", cookie, form("csrf", csrf, "name", "x"), Api.BASE)
                        .statusCode());
        assertEquals(before, tenantCount());
        assertEquals(
                403,
                post("/console/tenants/" + tenant.id() + "/keys", cookie, form("csrf", csrf), Api.BASE)
                        .statusCode());
        assertEquals(1, keysOf(tenant.id()).size());
        assertEquals(
                403,
                post("/console/tenants/" + hostileTenant + "/view", cookie, form("csrf", csrf), Api.BASE)
                        .statusCode());
        String active = activePack();
        assertEquals(
                403,
                post("/console/rule-packs/active", cookie, form("csrf", csrf, "id", "built-in"), Api.BASE)
                        .statusCode());
        assertEquals(
                403, upload(cookie, csrf, SdkZips.sdk("tenant-upload"), true).statusCode());
        assertEquals(active, activePack());
        HttpResponse<String> packs = get("/console/rule-packs", cookie);
        assertEquals(200, packs.statusCode(), "the packs are shown to every session");
        assertFalse(packs.body().contains("enctype=\"multipart/form-data\""), "no upload form");
    }

    @Test
    void theAdministratorUploadsAndActivatesRulePacks() throws Exception {
        HttpResponse<String> page = get("/console/rule-packs", admin);
        assertTrue(page.body().contains("action=\"/console/rule-packs\" enctype=\"multipart/form-data\""), page.body());
        int packs = Api.get("/api/v1/admin/rule-packs", Api.ADMIN_KEY)
                .json()
                .asJsonArray()
                .size();

        HttpResponse<String> broken = upload(admin, adminCsrf, "not a zip".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("RULE_PACK_REJECTED"), broken.body());
        assertEquals(
                packs,
                Api.get("/api/v1/admin/rule-packs", Api.ADMIN_KEY)
                        .json()
                        .asJsonArray()
                        .size());

        String active = activePack();
        HttpResponse<String> uploaded = upload(admin, adminCsrf, SdkZips.sdk("console-upload"), false);
        assertEquals(303, uploaded.statusCode(), uploaded::body);
        String done = uploaded.headers().firstValue("Location").orElse("");
        assertTrue(done.endsWith("/console/rule-packs?done=uploaded") || done.endsWith("?done=same"), done);
        assertEquals(active, activePack(), "not made active: the box was unticked");
        assertTrue(Api.get("/api/v1/admin/rule-packs", Api.ADMIN_KEY).json().asJsonArray().stream()
                .anyMatch(p -> p.asJsonObject().getString("source").equals("UPLOADED")));

        String other = active.equals("built-in") ? "directory" : "built-in";
        assertRedirect(
                post("/console/rule-packs/active", admin, form("csrf", adminCsrf, "id", other), Api.BASE),
                "/console/rule-packs?done=activated");
        assertEquals(other, activePack());
        HttpResponse<String> unknown =
                post("/console/rule-packs/active", admin, form("csrf", adminCsrf, "id", "no-such-pack"), Api.BASE);
        assertEquals(404, unknown.statusCode(), unknown::body);
        assertEquals(other, activePack());
        assertRedirect(
                post("/console/rule-packs/active", admin, form("csrf", adminCsrf, "id", active), Api.BASE),
                "/console/rule-packs?done=activated");
        assertEquals(active, activePack());
        JsonObject audited = Api.get("/api/v1/admin/audit?type=RULE_PACK_ACTIVATED", Api.ADMIN_KEY)
                .object()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("admin", audited.getString("actor"));
    }

    // --- helpers

    static HttpResponse<String> upload(String cookie, String csrf, byte[] zip, boolean activate) throws Exception {
        String boundary = "----fg" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        head.append(part(boundary, "csrf")).append(csrf).append("\r\n");
        head.append(part(boundary, "version")).append("3.4.8").append("\r\n");
        if (activate) {
            head.append(part(boundary, "activate")).append("true").append("\r\n");
        }
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sdk.zip\"\r\n")
                .append("Content-Type: application/zip\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/console/rule-packs"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .header("Origin", Api.BASE)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(
                        List.of(head.toString().getBytes(StandardCharsets.US_ASCII), zip, tail)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String part(String boundary, String name) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
    }

    static String shownKey(HttpResponse<String> page) {
        Matcher m = SHOWN_KEY.matcher(page.body());
        assertTrue(m.find(), page.body());
        return m.group(1);
    }

    static void assertRedirect(HttpResponse<String> r, String path) {
        assertEquals(303, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith(path), r.headers()::toString);
    }

    static String form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return encode(m);
    }

    static String encode(Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    static int tenantCount() {
        return Api.get("/api/v1/admin/tenants", Api.ADMIN_KEY)
                .json()
                .asJsonArray()
                .size();
    }

    static List<JsonObject> keysOf(long tenant) {
        return Api.get("/api/v1/admin/tenants/" + tenant + "/keys", Api.ADMIN_KEY)
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    /** The tenant's units, read with a fresh auditor key of it: the administrator key has no tenant API. */
    static int unitsOf(long tenant) {
        Api.Reply key = Api.post("/api/v1/admin/tenants/" + tenant + "/keys", Api.ADMIN_KEY, "{\"role\":\"AUDITOR\"}");
        assertEquals(201, key.status(), key::toString);
        return Api.get("/api/v1/egs-units", key.object().getString("key"))
                .json()
                .asJsonArray()
                .size();
    }

    static String activePack() {
        return Api.get("/api/v1/admin/rule-packs/active", Api.ADMIN_KEY)
                .object()
                .getString("id");
    }
}
