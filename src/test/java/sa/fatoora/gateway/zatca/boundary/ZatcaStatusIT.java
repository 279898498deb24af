package sa.fatoora.gateway.zatca.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Problems;

/**
 * GET /api/v1/zatca/status against the built-in simulator, over HTTP: each auth mode, no certificate yet, the
 * connectivity check's interval, retries of what was not received (and of nothing else), the circuit breaker of
 * one environment. Fault steps are consumed one per request, so they also count the round trips.
 */
class ZatcaStatusIT extends AgainstSimulator {

    @Test
    void aTenantKeyIsRequiredAndAnotherTenantsUnitIsNotFound() {
        Problems.assertProblem(Api.get("/api/v1/zatca/status", null), 401, "UNAUTHORIZED");
        long unit = Zatca.unit(tenant, "SANDBOX");
        Problems.assertProblem(Zatca.statusReply(Api.newTenant(), unit), 404, "NOT_FOUND");
    }

    @Test
    void theDefaultEnvironmentWithoutAUnitIsReachedButNotAuthenticated() {
        JsonObject s = Zatca.status(tenant, null);
        assertEquals("SANDBOX", s.getString("environment"));
        assertEquals(JsonValue.NULL, s.get("egs_unit_id"));
        assertEquals("csid", s.getString("auth_mode"));
        assertTrue(
                s.getString("target")
                        .endsWith("/simulator/e-invoicing/developer-portal/ (built-in simulator, not ZATCA)"),
                s::toString);
        assertTrue(s.getBoolean("built_in_simulator"));
        assertTrue(s.getBoolean("connected"), "the simulator answered");
        assertFalse(s.getJsonObject("certificate").getBoolean("present"));
        JsonObject c = s.getJsonObject("connectivity");
        assertFalse(c.getBoolean("has_certificate"));
        assertFalse(c.getBoolean("real_connectivity"));
        assertEquals("none", c.getString("checked_with"));
        assertEquals(
                "Authenticated connectivity is checked with an EGS unit's CSID; ask with egsUnitId",
                c.getString("error_message"));
        assertEquals(JsonValue.NULL, s.get("oauth"), "csid mode has no OAuth layer");
    }

    @Test
    void aCsidUnitWithoutCertificateSaysSoAndAsksForNoToken() {
        long unit = Zatca.unit(tenant, "SANDBOX");
        long tokens = Zatca.tokenRequests();
        JsonObject s = Zatca.status(tenant, unit);
        assertEquals(unit, s.getJsonNumber("egs_unit_id").longValue());
        JsonObject c = s.getJsonObject("connectivity");
        assertTrue(s.getBoolean("connected"));
        assertFalse(c.getBoolean("has_certificate"));
        assertFalse(c.getBoolean("real_connectivity"));
        assertEquals(JsonValue.NULL, c.get("last_successful_ping"));
        assertEquals(
                "The EGS unit has no active CSID yet; onboard it to check authenticated connectivity",
                c.getString("error_message"));
        assertEquals(tokens, Zatca.tokenRequests(), "csid mode sends no bearer");
    }

    @Test
    void anOnboardedCsidUnitIsReallyConnectedWithItsOwnCsid() {
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1000");
        JsonObject s = Zatca.status(tenant, unit);
        JsonObject certificate = s.getJsonObject("certificate");
        assertTrue(certificate.getBoolean("present"), s::toString);
        assertTrue(certificate.getString("subject").contains("CN="), s::toString);
        assertFalse(certificate.isNull("expiry"), s::toString);
        JsonObject c = s.getJsonObject("connectivity");
        assertTrue(c.getBoolean("has_certificate"));
        assertTrue(c.getBoolean("real_connectivity"), s::toString);
        assertEquals("csid", c.getString("checked_with"));
        assertEquals(JsonValue.NULL, c.get("error_message"));
        assertFalse(c.isNull("last_successful_ping"));
    }

    @Test
    void oauthModeSendsTheBearerAloneAndTheOAuthLayerAcceptsIt() {
        JsonObject s = Zatca.status(tenant, Zatca.unit(tenant, "PRODUCTION"));
        assertEquals("oauth", s.getString("auth_mode"));
        assertTrue(s.getJsonObject("oauth").getBoolean("token_available"), s::toString);
        JsonObject c = s.getJsonObject("connectivity");
        assertTrue(c.getBoolean("real_connectivity"), s::toString);
        assertEquals("oauth", c.getString("checked_with"));
        assertEquals(JsonValue.NULL, c.get("error_message"));
        assertEquals(c.getString("checked_at"), c.getString("last_successful_ping"));
    }

    @Test
    void oauthPlusCsidModeWithoutCertificateChecksTheBearer() {
        JsonObject s = Zatca.status(tenant, Zatca.unit(tenant, "SIMULATION"));
        assertEquals("oauth+csid", s.getString("auth_mode"));
        assertTrue(s.getString("target").contains("/simulator/e-invoicing/simulation/"), s::toString);
        assertTrue(s.getJsonObject("oauth").getBoolean("token_available"));
        JsonObject c = s.getJsonObject("connectivity");
        assertFalse(c.getBoolean("has_certificate"));
        assertTrue(c.getBoolean("real_connectivity"), s::toString);
        assertEquals("oauth", c.getString("checked_with"), "no CSID to send yet");
    }

    @Test
    void theRoundTripIsMadeAtMostOncePerInterval() {
        long unit = Zatca.unit(tenant, "SIMULATION");
        JsonObject first = Zatca.status(tenant, unit).getJsonObject("connectivity");
        Zatca.faults("reporting", "503", "503", "503");
        JsonObject second = Zatca.status(tenant, unit).getJsonObject("connectivity");
        assertEquals(first.getString("checked_at"), second.getString("checked_at"));
        assertTrue(second.getBoolean("real_connectivity"), "the cached result, no new round trip");
        // the three faults are still there for the next real round trip (a new unit)
        JsonObject other = Zatca.status(tenant, Zatca.unit(tenant, "SIMULATION"));
        assertFalse(other.getBoolean("connected"));
        assertEquals(
                "ZATCA SIMULATION is unavailable (HTTP 503)",
                other.getJsonObject("connectivity").getString("error_message"));
    }

    @Test
    void whatWasNotReceivedIsRetriedTwiceAndNothingElse() {
        // one 4xx answer (no CSID yet: 401, not retried), then three 503s for the next call (first try and two
        // retries), then fine
        Zatca.faults("reporting", "ok", "503", "503", "503");
        assertTrue(connectivity("SIMULATION").getBoolean("real_connectivity"), "401 for the CSID: not retried");
        JsonObject failed = connectivity("SIMULATION");
        assertFalse(failed.getBoolean("real_connectivity"));
        assertEquals("ZATCA SIMULATION is unavailable (HTTP 503)", failed.getString("error_message"));
        assertTrue(connectivity("SIMULATION").getBoolean("real_connectivity"), "the script is used up: 3 tries");

        Zatca.faults("reporting", "503", "429");
        assertTrue(connectivity("SIMULATION").getBoolean("real_connectivity"), "recovered on the second retry");
        Zatca.faults("reporting", "drop");
        JsonObject dropped = connectivity("SIMULATION");
        assertTrue(dropped.getBoolean("real_connectivity"), () -> "a dropped connection is retried: " + dropped);
    }

    @Test
    void anOpenCircuitStopsCallsToOneEnvironmentOnly() {
        // IT server: PRODUCTION's breaker opens at 4 calls with half failed, and half-opens after 5 s
        Zatca.alwaysFail("reporting", "503");
        String paused = "ZATCA PRODUCTION calls are paused after repeated failures (circuit open); they resume on "
                + "their own";
        String first = connectivity("PRODUCTION").getString("error_message");
        if (!paused.equals(first)) { // earlier successes in the rolling window may keep it closed a little longer
            assertEquals("ZATCA PRODUCTION is unavailable (HTTP 503)", first);
            assertEquals(paused, connectivity("PRODUCTION").getString("error_message"));
        }
        Zatca.clearFaults();
        assertEquals(paused, connectivity("PRODUCTION").getString("error_message"), "open: Fatoora is not asked");
        assertTrue(connectivity("SIMULATION").getBoolean("real_connectivity"), "another environment is unaffected");
        boolean closed = false;
        for (int i = 0; i < 20 && !closed; i++) {
            Zatca.sleep(1000);
            closed = connectivity("PRODUCTION").getBoolean("real_connectivity");
        }
        assertTrue(closed, "PRODUCTION's circuit lets calls through again after its delay");
    }

    /** The connectivity of a new unit of the environment: a fresh round trip. */
    private JsonObject connectivity(String environment) {
        return Zatca.status(tenant, Zatca.unit(tenant, environment)).getJsonObject("connectivity");
    }
}
