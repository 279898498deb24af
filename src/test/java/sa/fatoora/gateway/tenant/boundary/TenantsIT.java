package sa.fatoora.gateway.tenant.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;

class TenantsIT {

    @Test
    void createdTenantGetsAKeyShownOnceThatWorks() {
        Api.Reply created = Api.post("/api/v1/admin/tenants", Api.ADMIN_KEY, "{\"name\":\"Acme Trading\"}");
        assertEquals(201, created.status(), created::toString);
        JsonObject body = created.object();
        String key = body.getJsonObject("apiKey").getString("key");
        assertTrue(key.startsWith("fgw_") && key.length() >= 4 + 43, "256-bit base64url key");

        Api.Reply me = Api.get("/api/v1/tenant", key);
        assertEquals(200, me.status(), me::toString);
        assertEquals("Acme Trading", me.object().getString("name"));

        Api.Reply keys = Api.get("/api/v1/admin/tenants/" + body.getInt("id") + "/keys", Api.ADMIN_KEY);
        assertEquals(200, keys.status());
        JsonObject listed = keys.json().asJsonArray().getJsonObject(0);
        // PostgreSQL keeps microseconds: a create answered from memory must not show nanoseconds a read no longer has
        assertEquals(
                body.getJsonObject("apiKey").getString("createdAt"),
                listed.getString("createdAt"),
                "a later read answers the time the create answered");
        assertFalse(keys.body().contains(key), "a listing never shows the key again");
        assertTrue(keys.body().contains(key.substring(0, 10)), "but shows its prefix");
    }

    @Test
    void missingWrongOrMisplacedKeysAre401() {
        var tenant = Api.newTenant();
        assertProblem(Api.get("/api/v1/tenant", null), 401, "UNAUTHORIZED");
        assertProblem(Api.get("/api/v1/egs-units", null), 401, "UNAUTHORIZED");
        assertProblem(Api.get("/api/v1/tenant", "fgw_not-a-real-key"), 401, "UNAUTHORIZED");
        assertProblem(Api.get("/api/v1/tenant", Api.ADMIN_KEY), 401, "UNAUTHORIZED");
        assertProblem(Api.get("/api/v1/admin/tenants", tenant.key()), 401, "UNAUTHORIZED");
        assertProblem(Api.get("/api/v1/admin/tenants", null), 401, "UNAUTHORIZED");
    }

    @Test
    void aSecondKeyWorksAndARevokedKeyStopsWorking() {
        var tenant = Api.newTenant();
        Api.Reply added =
                Api.post("/api/v1/admin/tenants/" + tenant.id() + "/keys", Api.ADMIN_KEY, "{\"label\":\"backup\"}");
        assertEquals(201, added.status(), added::toString);
        String second = added.object().getString("key");
        assertNotEquals(tenant.key(), second);
        assertEquals(200, Api.get("/api/v1/tenant", second).status());

        Api.Reply revoked = Api.delete(
                "/api/v1/admin/tenants/" + tenant.id() + "/keys/"
                        + added.object().getInt("id"),
                Api.ADMIN_KEY);
        assertEquals(204, revoked.status(), revoked::toString);
        assertProblem(Api.get("/api/v1/tenant", second), 401, "UNAUTHORIZED");
        assertEquals(200, Api.get("/api/v1/tenant", tenant.key()).status(), "the first key still works");
    }

    @Test
    void keysOfAnotherTenantCannotBeRevokedThroughThisOne() {
        var a = Api.newTenant();
        var b = Api.newTenant();
        JsonObject bKey = Api.post("/api/v1/admin/tenants/" + b.id() + "/keys", Api.ADMIN_KEY, "{}")
                .object();
        assertProblem(
                Api.delete("/api/v1/admin/tenants/" + a.id() + "/keys/" + bKey.getInt("id"), Api.ADMIN_KEY),
                404,
                "NOT_FOUND");
        assertEquals(200, Api.get("/api/v1/tenant", bKey.getString("key")).status());
    }

    @Test
    void unknownTenantIs404() {
        assertProblem(Api.post("/api/v1/admin/tenants/987654321/keys", Api.ADMIN_KEY, "{}"), 404, "NOT_FOUND");
    }
}
