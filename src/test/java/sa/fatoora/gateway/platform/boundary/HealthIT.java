package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;

class HealthIT {

    @Test
    void readinessReportsTheDatabase() {
        Api.Reply r = Api.get("/health/ready", null);
        assertEquals(200, r.status(), r::toString);
        JsonObject body = r.object();
        assertEquals("UP", body.getString("status"));
        JsonObject db = body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", db.getString("status"));
    }

    @Test
    void livenessAndStartupAreUp() {
        for (String path : new String[] {"/health/live", "/health/started", "/health"}) {
            Api.Reply r = Api.get(path, null);
            assertEquals(200, r.status(), () -> path + ": " + r);
            assertEquals("UP", r.object().getString("status"), path);
        }
    }
}
