package sa.fatoora.gateway.onboarding.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import sa.fatoora.gateway.testing.Api;

/** Calls of the onboarding endpoints and readings of their recorded steps, for the integration tests. */
final class Runs {

    private Runs() {}

    static Api.Reply onboard(String key, long unitId, String otp) {
        return Api.post("/api/v1/egs-units/" + unitId + "/onboarding", key, otpBody(otp));
    }

    static Api.Reply renew(String key, long unitId, String otp) {
        return Api.post("/api/v1/egs-units/" + unitId + "/renewal", key, otpBody(otp));
    }

    static JsonObject latest(String key, long unitId) {
        Api.Reply r = Api.get("/api/v1/egs-units/" + unitId + "/onboarding", key);
        assertEquals(200, r.status(), r::toString);
        return r.object();
    }

    private static String otpBody(String otp) {
        return otp == null ? "{}" : "{\"otp\":\"" + otp + "\"}";
    }

    static List<JsonObject> steps(JsonObject run) {
        return run.getJsonArray("steps").getValuesAs(JsonObject.class);
    }

    /** The run's steps as "STEP[/DOCUMENT] STATUS xATTEMPTS", in order: one readable value to compare. */
    static String trace(JsonObject run) {
        return steps(run).stream()
                .map(s -> s.getString("step")
                        + (s.containsKey("document") ? "/" + s.getString("document") : "")
                        + " " + s.getString("status") + " x" + s.getInt("attempts"))
                .collect(Collectors.joining(", "));
    }

    static JsonObject step(JsonObject run, String step) {
        return steps(run).stream()
                .filter(s -> s.getString("step").equals(step))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + step + " in " + trace(run)));
    }

    /** The unit's certificates (GET /api/v1/egs-units/{id}/certificates), newest first. */
    static List<JsonObject> history(String key, long unitId) {
        Api.Reply r = Api.get("/api/v1/egs-units/" + unitId + "/certificates", key);
        assertEquals(200, r.status(), r::toString);
        Runs.assertNoSecretsIn(r.body());
        return r.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** The renewed certificate ACTIVE, the one it replaced REVOKED and still there. */
    static void assertRenewedHistory(String key, long unitId, long old, long renewed) {
        var history = history(key, unitId);
        assertEquals("ACTIVE", statusOf(history, renewed), history::toString);
        assertEquals("REVOKED", statusOf(history, old), history::toString);
        assertEquals(
                1,
                history.stream()
                        .filter(c -> c.getString("status").equals("ACTIVE"))
                        .count(),
                history::toString);
    }

    private static String statusOf(List<JsonObject> history, long id) {
        return history.stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id)
                .map(c -> c.getString("status"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("certificate " + id + " not in " + history));
    }

    /** Nothing secret in an answer: no CSID token or secret, no private key. */
    static void assertNoSecrets(Api.Reply reply) {
        assertNoSecretsIn(reply.body());
    }

    static void assertNoSecretsIn(String body) {
        for (String secret : new String[] {"secret", "binarySecurityToken", "PRIVATE KEY", "privateKey"}) {
            assertFalse(body.contains(secret), () -> "answer carries '" + secret + "': " + body);
        }
    }
}
