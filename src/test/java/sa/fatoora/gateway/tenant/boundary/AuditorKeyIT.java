package sa.fatoora.gateway.tenant.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Problems;

/**
 * A read-only AUDITOR key (issue 20): it reads and exports everything of its tenant, and every request that could
 * change something answers 403 READ_ONLY_KEY, on the REST API itself, with nothing changed.
 */
class AuditorKeyIT {

    static Api.Tenant tenant;
    static String auditor;
    static long unit;
    static long invoice;

    @BeforeAll
    static void setUp() {
        tenant = Api.newTenant();
        unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        Api.Reply issued =
                Api.post("/api/v1/invoices", tenant.key(), Fixtures.exampleInvoice("simplified-invoice", unit));
        invoice = issued.object().getJsonNumber("id").longValue();
        Api.Reply key = Api.post(
                "/api/v1/admin/tenants/" + tenant.id() + "/keys",
                Api.ADMIN_KEY,
                "{\"label\":\"external auditor\",\"role\":\"AUDITOR\"}");
        assertEquals(201, key.status(), key::toString);
        assertEquals("AUDITOR", key.object().getString("role"));
        auditor = key.object().getString("key");
    }

    @Test
    void theKeyListShowsRoles() {
        String keys = Api.get("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY)
                .body();
        assertTrue(keys.contains("\"role\":\"OPERATOR\"") && keys.contains("\"role\":\"AUDITOR\""), keys);
        Problems.assertProblem(
                Api.post("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY, "{\"role\":\"ROOT\"}"),
                400,
                "VALIDATION_FAILED");
    }

    @Test
    void anAuditorReadsAndExports() throws Exception {
        assertEquals(200, Api.get("/api/v1/invoices/" + invoice, auditor).status());
        assertEquals(
                200, Api.get("/api/v1/invoices/" + invoice + "/xml", auditor).status());
        assertEquals(200, Api.get("/api/v1/egs-units", auditor).status());
        assertEquals(200, Api.get("/api/v1/audit/export?format=csv", auditor).status());
        assertEquals(200, Api.get("/api/v1/events", auditor).status());
        assertEquals(200, Api.get("/api/v1/webhooks", auditor).status());
        // validating a document stores nothing: allowed
        String sample =
                Files.readString(Path.of("../shared/zatca-sdk/Data/Samples/Simplified/Invoice/Simplified_Invoice.xml"));
        Api.Reply validated = Api.post("/api/v1/validation", auditor, "application/xml", sample);
        assertEquals(200, validated.status(), validated::toString);
    }

    @Test
    void anAuditorChangesNothing() {
        long before = count();
        JsonObject p = Problems.assertProblem(
                Api.post("/api/v1/invoices", auditor, Fixtures.exampleInvoice("simplified-invoice", unit)),
                403,
                "READ_ONLY_KEY");
        assertTrue(p.getString("detail").contains("read-only"), p::toString);
        assertEquals(before, count(), "no invoice was issued");
        Problems.assertProblem(
                Api.post("/api/v1/egs-units", auditor, Fixtures.exampleEgsUnit("1100")), 403, "READ_ONLY_KEY");
        Problems.assertProblem(
                Api.post("/api/v1/webhooks", auditor, "{\"url\":\"https://erp.example.com/x\"}"), 403, "READ_ONLY_KEY");
        Problems.assertProblem(Api.delete("/api/v1/egs-units/" + unit + "/branding", auditor), 403, "READ_ONLY_KEY");
        Problems.assertProblem(
                Api.send(Api.request("/api/v1/branding", auditor)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"footer\":\"x\"}"))
                        .build()),
                403,
                "READ_ONLY_KEY");
        // the operator key of the same tenant still may
        assertEquals(200, Api.get("/api/v1/webhooks", tenant.key()).status());
    }

    private static long count() {
        return Api.get("/api/v1/invoices", tenant.key())
                .object()
                .getJsonNumber("total")
                .longValue();
    }
}
