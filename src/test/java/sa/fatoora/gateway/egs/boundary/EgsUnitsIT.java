package sa.fatoora.gateway.egs.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

class EgsUnitsIT {

    static String unit(String name) {
        return Fixtures.egsUnit(name);
    }

    @Test
    void createsListsAndReadsAUnit() {
        var tenant = Api.newTenant();
        Api.Reply created = Api.post("/api/v1/egs-units", tenant.key(), unit("POS-1"));
        assertEquals(201, created.status(), created::toString);
        JsonObject u = created.object();
        long id = u.getJsonNumber("id").longValue();
        assertEquals("1100", u.getString("functionality"));
        assertEquals("399999999900003", u.getJsonObject("seller").getString("vatNumber"));

        Api.Reply read = Api.get("/api/v1/egs-units/" + id, tenant.key());
        assertEquals(200, read.status());
        // PostgreSQL keeps microseconds: a create answered from memory must not show nanoseconds a read no longer has
        assertEquals(u, read.object(), "a later read answers exactly what the create answered");
        assertEquals(
                1,
                Api.get("/api/v1/egs-units", tenant.key()).json().asJsonArray().size());
    }

    @Test
    void aTenantNeverSeesAnotherTenantsUnit() {
        var a = Api.newTenant();
        var b = Api.newTenant();
        long id = Api.post("/api/v1/egs-units", a.key(), unit("A-1"))
                .object()
                .getJsonNumber("id")
                .longValue();

        var p = assertProblem(Api.get("/api/v1/egs-units/" + id, b.key()), 404, "NOT_FOUND");
        assertEquals(
                p.getString("detail"),
                assertProblem(Api.get("/api/v1/egs-units/99999999", b.key()), 404, "NOT_FOUND")
                        .getString("detail")
                        .replace("99999999", String.valueOf(id)),
                "another tenant's unit looks exactly like a missing one");
        assertEquals(
                0, Api.get("/api/v1/egs-units", b.key()).json().asJsonArray().size());
        assertEquals(200, Api.get("/api/v1/egs-units/" + id, a.key()).status());
    }

    @Test
    void everyInvalidFieldIsNamed() {
        var tenant = Api.newTenant();
        String bad = unit("X")
                .replace("399999999900003", "12345")
                .replace("\"1100\"", "\"2000\"")
                .replace("\"23333\"", "\"2333\"");
        var p = assertProblem(Api.post("/api/v1/egs-units", tenant.key(), bad), 400, "VALIDATION_FAILED");
        List<String> pointers = p.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer"))
                .toList();
        assertEquals(List.of("/functionality", "/seller/address/postalCode", "/seller/vatNumber"), pointers);
        assertEquals(
                0,
                Api.get("/api/v1/egs-units", tenant.key()).json().asJsonArray().size());
    }

    @Test
    void unknownEnvironmentIsRejected() {
        var tenant = Api.newTenant();
        assertProblem(
                Api.post("/api/v1/egs-units", tenant.key(), unit("X").replace("SANDBOX", "MARS")),
                400,
                "MALFORMED_REQUEST");
    }

    @Test
    void duplicateNameIs409() {
        var tenant = Api.newTenant();
        String name = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201, Api.post("/api/v1/egs-units", tenant.key(), unit(name)).status());
        assertProblem(Api.post("/api/v1/egs-units", tenant.key(), unit(name)), 409, "EGS_UNIT_EXISTS");
        assertTrue(
                Api.get("/api/v1/egs-units", tenant.key()).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                                .map(o -> o.get("name"))
                                .map(JsonString.class::cast)
                                .count()
                        == 1);
    }
}
