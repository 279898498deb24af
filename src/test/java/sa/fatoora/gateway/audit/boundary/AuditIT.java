package sa.fatoora.gateway.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Problems;

/**
 * The audit trail over HTTP (README "Audit trail"): what a tenant's work records, filters and cursor pages, the
 * CSV and JSONL exports, tenant isolation, bad parameters, the verification of the chain, and (on PostgreSQL, the
 * database a test can reach besides the server) a row edited or deleted behind the gateway's back reported as a
 * break. Dates: the time filters use the server's clock.
 */
@Tag("dates")
class AuditIT {

    private static final String PATH = "/api/v1/audit";

    @Test
    void aTenantReadsExportsAndVerifiesItsOwnTrail() throws Exception {
        Api.Tenant tenant = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "0100");
        Api.Reply issued = Api.post("/api/v1/invoices", tenant.key(), invoice(unit));
        assertEquals(201, issued.status(), issued::toString);
        long invoice = issued.object().getJsonNumber("id").longValue();
        long keyId = Api.get("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        JsonObject verification = awaitSealed(tenant.key());
        assertTrue(verification.getBoolean("valid"), verification::toString);
        long verified = verification.getJsonNumber("verified").longValue();
        assertEquals(0, verification.getJsonNumber("unsealed").longValue());

        // every page, newest first, by cursor
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = Api.get(PATH + "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), tenant.key());
            assertEquals(200, page.status(), page::toString);
            JsonObject o = page.object();
            o.getJsonArray("items").getValuesAs(JsonObject.class).forEach(all::add);
            assertTrue(o.getJsonArray("items").size() <= 3);
            cursor = o.containsKey("nextCursor") && !o.isNull("nextCursor") ? o.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(verified, all.size(), "every record, once: " + all);
        Set<Long> ids = new HashSet<>();
        long previous = Long.MAX_VALUE;
        for (JsonObject r : all) {
            long id = r.getJsonNumber("id").longValue();
            assertTrue(id < previous, "newest first");
            previous = id;
            assertTrue(ids.add(id));
            assertTrue(r.getBoolean("sealed"), r::toString);
            assertEquals(tenant.id(), r.getJsonNumber("tenantId").longValue());
            assertEquals(64, r.getString("hash").length());
        }
        Set<String> types = new HashSet<>();
        all.forEach(r -> types.add(r.getString("type")));
        assertTrue(
                types.containsAll(Set.of(
                        "TENANT_CREATED",
                        "API_KEY_ISSUED",
                        "EGS_UNIT_CREATED",
                        "ONBOARDING_STEP_COMPLIANCE_CSID",
                        "ONBOARDING_STEP_PRODUCTION_CSID",
                        "CERTIFICATE_STORED",
                        "INVOICE_SIGNED",
                        "INVOICE_SUBMITTED")),
                types::toString);
        JsonObject created = all.stream()
                .filter(r -> r.getString("type").equals("TENANT_CREATED"))
                .findFirst()
                .orElseThrow();
        assertEquals("admin", created.getString("actor"));

        // filters: type, subject, time
        JsonObject signed = only(Api.get(PATH + "?type=INVOICE_SIGNED", tenant.key()));
        assertEquals("invoice:" + invoice, signed.getString("subject"));
        assertEquals("api-key:" + keyId, signed.getString("actor"));
        assertEquals("SUCCEEDED", signed.getString("outcome"));
        JsonObject ofInvoice =
                Api.get(PATH + "?subject=invoice:" + invoice, tenant.key()).object();
        Set<String> invoiceTypes = new HashSet<>();
        ofInvoice
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .forEach(r -> invoiceTypes.add(r.getString("type")));
        assertEquals(Set.of("INVOICE_SIGNED", "INVOICE_SUBMITTED"), invoiceTypes);
        String at = signed.getString("occurredAt");
        assertEquals(
                signed.getJsonNumber("id"),
                only(Api.get(PATH + "?type=INVOICE_SIGNED&from=" + enc(at) + "&to=2999-01-01", tenant.key()))
                        .getJsonNumber("id"));
        assertEquals(0, items(Api.get(PATH + "?from=2999-01-01", tenant.key())).size());
        assertEquals(
                0,
                items(Api.get(PATH + "?to=" + enc(at) + "&type=INVOICE_SIGNED", tenant.key()))
                        .size());

        // exports, oldest first: every record
        Api.Reply csv = Api.get(PATH + "/export?format=csv", tenant.key());
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("id,occurredAt,actor,tenantId,"), csv.body());
        assertTrue(csv.body().contains(",invoice:" + invoice + ",INVOICE_SIGNED,SUCCEEDED,"), csv.body());
        Api.Reply jsonl = Api.send(Api.request(PATH + "/export", tenant.key())
                .header("Accept", "application/x-ndjson")
                .GET()
                .build());
        assertEquals(200, jsonl.status(), jsonl::toString);
        assertTrue(jsonl.contentType().startsWith("application/x-ndjson"), jsonl.contentType());
        String[] lines = jsonl.body().split("\n");
        assertEquals(verified, lines.length);
        long last = 0;
        for (String line : lines) {
            JsonObject r = Json.createReader(new StringReader(line)).readObject();
            assertTrue(r.getJsonNumber("id").longValue() > last, "oldest first");
            last = r.getJsonNumber("id").longValue();
        }

        // another tenant sees none of it
        Api.Tenant other = Api.newTenant();
        awaitSealed(other.key());
        for (JsonObject r : items(Api.get(PATH + "?limit=500", other.key()))) {
            assertEquals(other.id(), r.getJsonNumber("tenantId").longValue());
        }
        assertEquals(
                0,
                items(Api.get(PATH + "?subject=invoice:" + invoice, other.key()))
                        .size());
        assertFalse(Api.get(PATH + "/export?format=jsonl", other.key()).body().contains("invoice:" + invoice));
        Problems.assertProblem(Api.get(PATH, null), 401, "UNAUTHORIZED");

        // the administrator: the system chain, and this tenant's on request
        Api.Reply system = Api.get("/api/v1/admin/audit/verification", Api.ADMIN_KEY);
        assertEquals(200, system.status(), system::toString);
        assertEquals("system", system.object().getString("chain"));
        Api.Reply tenantsChain = Api.get("/api/v1/admin/audit/verification?tenantId=" + tenant.id(), Api.ADMIN_KEY);
        assertTrue(tenantsChain.object().getBoolean("valid"), tenantsChain::toString);
        Problems.assertProblem(Api.get("/api/v1/admin/audit", tenant.key()), 401, "UNAUTHORIZED");
    }

    /**
     * A sealed row edited, then restored, then deleted, in the database: the verification names each break.
     * PostgreSQL only: a test reaches its rows through JDBC, while embedded Derby belongs to the server.
     */
    @Test
    void tamperingWithASealedRowIsReported() throws Exception {
        String product =
                Api.get("/health/ready", null).object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("name").equals("database"))
                        .findFirst()
                        .map(c -> c.getJsonObject("data").getString("product"))
                        .orElse("");
        assumeTrue(product.contains("PostgreSQL"), "the test reaches only PostgreSQL's rows (Derby is the server's)");
        Api.Tenant tenant = Api.newTenant();
        Api.Reply key = Api.post("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY, "{\"label\":\"2\"}");
        assertEquals(201, key.status(), key::toString);
        Fixtures.createdEgsUnit(tenant.key(), "0100");
        JsonObject before = awaitSealed(tenant.key());
        assertTrue(before.getBoolean("valid"), before::toString);
        assertEquals(4, before.getJsonNumber("verified").longValue(), before::toString);
        // the second record of the chain
        JsonObject second = items(Api.get(PATH + "?limit=500", tenant.key())).stream()
                .filter(r -> r.getJsonNumber("sequence").longValue() == 2)
                .findFirst()
                .orElseThrow();
        tamper(tenant, second);
    }

    @Test
    void badParametersAreProblems() {
        Api.Tenant tenant = Api.newTenant();
        Problems.assertProblem(Api.get(PATH + "?limit=0", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(Api.get(PATH + "?limit=501", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(Api.get(PATH + "?limit=ten", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(Api.get(PATH + "?from=yesterday", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(
                Api.get(PATH + "?from=2026-12-06&to=2026-01-01", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(Api.get(PATH + "?type=a%20b", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(Api.get(PATH + "?cursor=forged", tenant.key()), 400, "AUDIT_CURSOR_INVALID");
        Problems.assertProblem(Api.get(PATH + "/export?format=xml", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(Api.get(PATH + "/export?to=soon", tenant.key()), 400, "AUDIT_QUERY_INVALID");
        Problems.assertProblem(Api.get("/api/v1/admin/audit?tenantId=x", Api.ADMIN_KEY), 400, "AUDIT_QUERY_INVALID");
    }

    /** A sealed row edited, then deleted, in the database: the verification names the break. PostgreSQL only. */
    private static void tamper(Api.Tenant tenant, JsonObject record) throws Exception {
        String product =
                Api.get("/health/ready", null).object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("name").equals("database"))
                        .findFirst()
                        .map(c -> c.getJsonObject("data").getString("product"))
                        .orElse("");
        assumeTrue(product.contains("PostgreSQL"), "the test reaches only PostgreSQL's rows (Derby is the server's)");
        long id = record.getJsonNumber("id").longValue();
        long sequence = record.getJsonNumber("sequence").longValue();
        try (Connection c = postgres()) {
            update(c, "UPDATE fg_audit SET detail = 'nothing happened' WHERE id = ?", id);
            JsonObject edited = Api.get(PATH + "/verification", tenant.key()).object();
            assertFalse(edited.getBoolean("valid"), edited::toString);
            JsonObject at = edited.getJsonObject("firstBreak");
            assertNotNull(at, edited::toString);
            assertEquals("hash mismatch", at.getString("reason"));
            assertEquals(id, at.getJsonNumber("id").longValue());
            assertEquals(sequence, at.getJsonNumber("sequence").longValue());
            assertEquals(sequence - 1, edited.getJsonNumber("verified").longValue());

            try (PreparedStatement s = c.prepareStatement("UPDATE fg_audit SET detail = ? WHERE id = ?")) {
                s.setString(1, record.getString("detail"));
                s.setLong(2, id);
                assertEquals(1, s.executeUpdate());
            }
            JsonObject restored = Api.get(PATH + "/verification", tenant.key()).object();
            assertTrue(restored.getBoolean("valid"), restored::toString);

            update(c, "DELETE FROM fg_audit WHERE id = ?", id);
            JsonObject deleted = Api.get(PATH + "/verification", tenant.key()).object();
            assertFalse(deleted.getBoolean("valid"), deleted::toString);
            assertEquals("missing record", deleted.getJsonObject("firstBreak").getString("reason"));
            assertEquals(
                    sequence,
                    deleted.getJsonObject("firstBreak")
                            .getJsonNumber("sequence")
                            .longValue());
        }
    }

    private static void update(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static Connection postgres() throws Exception {
        String url = "jdbc:postgresql://" + env("FATOORA_DB_HOST", "127.0.0.1") + ":" + env("FATOORA_DB_PORT", "5432")
                + "/" + env("FATOORA_DB_NAME", "fatoora");
        return DriverManager.getConnection(url, env("FATOORA_DB_USER", "postgres"), env("FATOORA_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The tenant's verification once nothing is left unsealed (the sealer runs every second). */
    private static JsonObject awaitSealed(String key) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        JsonObject v;
        do {
            Api.Reply r = Api.get(PATH + "/verification", key);
            assertEquals(200, r.status(), r::toString);
            v = r.object();
            if (v.getJsonNumber("unsealed").longValue() == 0
                    && v.getJsonNumber("verified").longValue() > 0) {
                return v;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < until);
        throw new AssertionError("records still unsealed after 30 s: " + v);
    }

    private static List<JsonObject> items(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject only(Api.Reply r) {
        List<JsonObject> items = items(r);
        assertEquals(1, items.size(), r::toString);
        return items.get(0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** examples/invoices/simplified-invoice.json for the unit, a fresh number, issued now. */
    private static String invoice(long unit) {
        try (var reader = Json.createReader(
                new StringReader(Files.readString(Path.of("examples/invoices/simplified-invoice.json"))))) {
            return Json.createObjectBuilder(reader.readObject())
                    .remove("issueDate")
                    .remove("issueTime")
                    .add("id", "AUDIT-" + UUID.randomUUID())
                    .add("egsUnitId", unit)
                    .build()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
