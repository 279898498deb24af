package sa.fatoora.gateway.zatca.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Jmx;

/**
 * What the issue 5 ITs share: EGS units per environment, the status endpoint, the simulator's controls (faults,
 * token counter) and the ZatcaOAuth MXBeans. The IT server's environments (pom.xml jvmOptions): SANDBOX csid,
 * SIMULATION oauth+csid, PRODUCTION oauth with 10 s tokens.
 */
final class Zatca {

    private Zatca() {}

    static long unit(Api.Tenant tenant, String environment) {
        String body = Fixtures.egsUnit("it-" + UUID.randomUUID()).replace("\"SANDBOX\"", "\"" + environment + "\"");
        Api.Reply r = Api.post("/api/v1/egs-units", tenant.key(), body);
        assertEquals(201, r.status(), r::toString);
        return r.object().getJsonNumber("id").longValue();
    }

    static Api.Reply statusReply(Api.Tenant tenant, Long unitId) {
        return Api.get("/api/v1/zatca/status" + (unitId == null ? "" : "?egsUnitId=" + unitId), tenant.key());
    }

    static JsonObject status(Api.Tenant tenant, Long unitId) {
        Api.Reply r = statusReply(tenant, unitId);
        assertEquals(200, r.status(), r::toString);
        sa.fatoora.gateway.testing.Problems.assertNoInternals(r.body());
        return r.object();
    }

    static long tokenRequests() {
        return Api.get("/simulator/admin/stats", Api.ADMIN_KEY)
                .object()
                .getJsonNumber("tokenRequests")
                .longValue();
    }

    static void faults(String call, String... script) {
        StringBuilder steps = new StringBuilder();
        for (String s : script) {
            steps.append(steps.isEmpty() ? "" : ",").append('"').append(s).append('"');
        }
        assertEquals(
                204,
                Api.post(
                                "/simulator/admin/faults",
                                Api.ADMIN_KEY,
                                "{\"call\":\"" + call + "\",\"script\":[" + steps + "]}")
                        .status());
    }

    static void alwaysFail(String call, String kind) {
        assertEquals(
                204,
                Api.post(
                                "/simulator/admin/faults",
                                Api.ADMIN_KEY,
                                "{\"call\":\"" + call + "\",\"rate\":1.0,\"kinds\":[\"" + kind + "\"]}")
                        .status());
    }

    static void clearFaults() {
        assertEquals(204, Api.delete("/simulator/admin/faults", Api.ADMIN_KEY).status());
    }

    static ObjectName mxbean(String environment) {
        try {
            return new ObjectName("sa.fatoora.gateway:type=ZatcaOAuth,environment=" + environment);
        } catch (MalformedObjectNameException e) {
            throw new AssertionError(e);
        }
    }

    static long count(String environment, String attribute) {
        return (Long) Jmx.attribute(mxbean(environment), attribute);
    }

    static String text(String environment, String attribute) {
        return (String) Jmx.attribute(mxbean(environment), attribute);
    }

    static boolean usable(String environment) {
        return (Boolean) Jmx.attribute(mxbean(environment), "CurrentTokenUsable");
    }

    /** Waits until the environment's cached token may no longer be sent (idle tokens lapse; none is refreshed). */
    static void awaitUnusable(String environment) {
        await(Duration.ofSeconds(20), () -> !usable(environment), environment + " token still usable");
    }

    static void await(Duration limit, BooleanSupplier condition, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting: " + what);
            }
            sleep(100);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
