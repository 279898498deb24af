package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;

class SimulatorFaultsIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @AfterEach
    void clear() {
        assertEquals(204, Api.delete("/simulator/admin/faults", Api.ADMIN_KEY).status());
    }

    static void script(String call, String steps) {
        Api.Reply r = Api.post(
                "/simulator/admin/faults", Api.ADMIN_KEY, "{\"call\":\"" + call + "\",\"script\":" + steps + "}");
        assertEquals(204, r.status(), r::toString);
    }

    static HttpRequest reporting(Duration timeout) {
        return Fatoora.request(Fatoora.DEV, "/invoices/reporting/single")
                .header("Clearance-Status", "0")
                .timeout(timeout)
                .POST(Fatoora.body("{}"))
                .build();
    }

    @Test
    void scriptedStatusesThenTheRealAnswer() throws Exception {
        script("reporting", "[\"500\",\"503\",\"429\",\"ok\"]");
        assertEquals(
                500,
                CLIENT.send(reporting(Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                503,
                CLIENT.send(reporting(Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> tooMany =
                CLIENT.send(reporting(Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, tooMany.statusCode());
        assertTrue(tooMany.headers().firstValue("Retry-After").isPresent());
        assertEquals(
                401,
                CLIENT.send(reporting(Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "after the script: the real call (no credentials here)");
    }

    @Test
    void aDelayBeyondTheClientTimeoutTimesOut() {
        script("reporting", "[\"delay:3000\"]");
        assertThrows(
                HttpTimeoutException.class,
                () -> CLIENT.send(reporting(Duration.ofMillis(800)), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void aDroppedConnectionIsAnIOException() {
        script("clearance", "[\"drop\"]");
        HttpRequest clearance = Fatoora.request(Fatoora.DEV, "/invoices/clearance/single")
                .header("Clearance-Status", "1")
                .POST(Fatoora.body("{}"))
                .build();
        try {
            HttpResponse<String> r = CLIENT.send(clearance, HttpResponse.BodyHandlers.ofString());
            throw new AssertionError(
                    "no IOException: " + r.statusCode() + " " + r.headers().map() + " " + r.body());
        } catch (IOException | InterruptedException expected) {
            assertTrue(expected instanceof IOException, expected::toString);
        }
    }

    @Test
    void aRateOfOneAlwaysFailsAndUnknownFaultsAreRefused() throws Exception {
        Api.Reply r = Api.post(
                "/simulator/admin/faults", Api.ADMIN_KEY, "{\"call\":\"token\",\"rate\":1.0,\"kinds\":[\"503\"]}");
        assertEquals(204, r.status(), r::toString);
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    503,
                    SimulatorOauthIT.token("fatoora-gateway", "simulator-secret", "grant_type=client_credentials")
                            .status());
        }
        assertEquals(
                400,
                Api.post("/simulator/admin/faults", Api.ADMIN_KEY, "{\"call\":\"token\",\"script\":[\"418\"]}")
                        .status());
        assertEquals(
                400,
                Api.post("/simulator/admin/faults", Api.ADMIN_KEY, "{\"call\":\"nope\",\"script\":[\"500\"]}")
                        .status());
    }

    @Test
    void adminPathsNeedTheAdministratorKey() {
        assertEquals(401, Api.delete("/simulator/admin/faults", null).status());
        assertEquals(401, Api.get("/simulator/admin/stats", "wrong").status());
    }
}
