package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;

class OpenApiIT {

    @Test
    void documentsTheApiWithExamplesAndTheKeyScheme() {
        Api.Reply r = Api.send(Api.request("/openapi", null)
                .header("Accept", "application/json")
                .GET()
                .build());
        assertEquals(200, r.status());
        var doc = r.object();
        var paths = doc.getJsonObject("paths");
        for (String path : new String[] {
            "/api/v1/admin/tenants",
            "/api/v1/admin/tenants/{id}/keys",
            "/api/v1/admin/tenants/{id}/keys/{keyId}",
            "/api/v1/egs-units",
            "/api/v1/egs-units/{id}",
            "/api/v1/egs-units/{id}/onboarding",
            "/api/v1/egs-units/{id}/renewal",
            "/api/v1/zatca/production/onboarding/submit",
            "/api/v1/tenant",
            "/api/v1/validation",
            "/api/v1/invoices/check",
            "/api/v1/invoices/batches",
            "/api/v1/invoices/batches/{id}"
        }) {
            assertTrue(paths.containsKey(path), () -> "missing " + path);
        }
        assertTrue(
                doc.getJsonObject("components").getJsonObject("securitySchemes").containsKey("apiKey"));
        assertTrue(r.body().contains("\"examples\""), "request examples are published");
        assertTrue(
                doc.getJsonObject("components").getJsonObject("schemas").containsKey("InvoiceRequest"),
                "the invoice JSON model is documented");
    }

    @Test
    void servesTheUi() {
        Api.Reply r = Api.send(Api.request("/openapi/ui/", null).GET().build());
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
    }

    @Test
    void yamlIsTheDefault() {
        Api.Reply r = Api.send(HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/openapi"))
                .GET()
                .build());
        assertEquals(200, r.status());
        assertTrue(r.body().contains("openapi: 3."), () -> r.body().substring(0, 40));
    }
}
