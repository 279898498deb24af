package sa.fatoora.gateway.zatca.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanException;
import javax.management.RuntimeMBeanException;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Jmx;

/**
 * The OAuth token service, black-box: driven through the status endpoint (each call asks for the environment's
 * token) and the ZatcaOAuth MXBeans (an operator's forceRefresh), observed through JMX and the simulator's count of
 * token requests. IT server: SANDBOX's OAuth client has a wrong secret, SIMULATION is oauth+csid with hour-long
 * tokens, PRODUCTION oauth with 10 s tokens (usable 5 s, refreshed ahead at 4 s when used).
 */
class ZatcaOAuthIT extends AgainstSimulator {

    @Test
    void oneMXBeanPerEnvironmentWithItsAuthMode() {
        assertEquals("csid", Zatca.text("SANDBOX", "AuthMode"));
        assertEquals("oauth+csid", Zatca.text("SIMULATION", "AuthMode"));
        assertEquals("oauth", Zatca.text("PRODUCTION", "AuthMode"));
        assertEquals("PRODUCTION", Zatca.text("PRODUCTION", "Environment"));
    }

    @Test
    void aTokenIsFetchedOnceAndThenServedFromTheCache() {
        long unit = Zatca.unit(tenant, "SIMULATION");
        String expiry = Zatca.status(tenant, unit).getJsonObject("oauth").getString("token_expires_at");
        long tokens = Zatca.tokenRequests();
        long hits = Zatca.count("SIMULATION", "CacheHits");
        long refreshes = Zatca.count("SIMULATION", "RefreshCount");
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    expiry, Zatca.status(tenant, unit).getJsonObject("oauth").getString("token_expires_at"));
        }
        assertEquals(tokens, Zatca.tokenRequests(), "no token request");
        assertEquals(hits + 3, Zatca.count("SIMULATION", "CacheHits"));
        assertEquals(refreshes, Zatca.count("SIMULATION", "RefreshCount"));
        assertEquals(expiry, Zatca.text("SIMULATION", "CurrentTokenExpiry"));
        assertTrue(Instant.parse(expiry).isAfter(Instant.now().plusSeconds(3000)), "an hour-long token: " + expiry);
    }

    @Test
    void forceRefreshThroughJmxFetchesANewToken() throws Exception {
        long tokens = Zatca.tokenRequests();
        long refreshes = Zatca.count("SIMULATION", "RefreshCount");
        String answer = (String) Jmx.invoke(Zatca.mxbean("SIMULATION"), "forceRefresh");
        assertTrue(answer.startsWith("Token refreshed; expires at "), answer);
        String expiry = answer.substring("Token refreshed; expires at ".length());
        assertEquals(expiry, Zatca.text("SIMULATION", "CurrentTokenExpiry"));
        assertEquals(refreshes + 1, Zatca.count("SIMULATION", "RefreshCount"));
        assertEquals(tokens + 1, Zatca.tokenRequests());
        assertTrue(Zatca.usable("SIMULATION"));
        assertNotEquals(null, Zatca.text("SIMULATION", "LastRefreshTime"));
        JsonObject status = Zatca.status(tenant, Zatca.unit(tenant, "SIMULATION"));
        assertEquals(expiry, status.getJsonObject("oauth").getString("token_expires_at"));
    }

    @Test
    void invalidCredentialsAreNamedWithTheVariablesToCheck() {
        long failures = Zatca.count("SANDBOX", "FailureCount");
        String message = operationFailure("SANDBOX");
        String expected = "Invalid ZATCA OAuth credentials for SANDBOX. Please verify ZATCA_SANDBOX_CLIENT_ID and "
                + "ZATCA_SANDBOX_CLIENT_SECRET";
        assertEquals(expected, message);
        assertEquals(expected, Zatca.text("SANDBOX", "LastError"));
        assertEquals(failures + 1, Zatca.count("SANDBOX", "FailureCount"));
        assertNull(Zatca.text("SANDBOX", "CurrentTokenExpiry"));
        assertFalse(Zatca.usable("SANDBOX"));
    }

    @Test
    void aSlowTokenEndpointTimesOutWithTheIssuesMessage() {
        long failures = Zatca.count("SANDBOX", "FailureCount");
        long tokens = Zatca.tokenRequests();
        Zatca.faults("token", "delay:5000");
        long started = System.nanoTime();
        String message = operationFailure("SANDBOX");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        String expected = "OAuth token request timed out for SANDBOX. Please check network connectivity and ZATCA "
                + "service availability";
        assertEquals(expected, message);
        assertEquals(expected, Zatca.text("SANDBOX", "LastError"));
        assertEquals(failures + 1, Zatca.count("SANDBOX", "FailureCount"));
        assertTrue(tookMillis >= 2900 && tookMillis < 4900, "ZATCA_OAUTH_TIMEOUT is 3.0 here: " + tookMillis);
        // the delayed request still arrives at the simulator: wait for it, so that no later count is disturbed
        Zatca.await(Duration.ofSeconds(10), () -> Zatca.tokenRequests() > tokens, "the delayed token request");
    }

    @Test
    void aTokenTheOAuthServerRevokedIsReplacedOnceAndTheCallRetried() {
        Zatca.status(tenant, Zatca.unit(tenant, "SIMULATION")); // SIMULATION holds a token
        String before = Zatca.text("SIMULATION", "CurrentTokenExpiry");
        long rejected = Zatca.count("SIMULATION", "RejectedTokenCount");
        long refreshes = Zatca.count("SIMULATION", "RefreshCount");
        long tokens = Zatca.tokenRequests();
        assertEquals(
                204,
                Api.post("/simulator/admin/tokens/revoke", Api.ADMIN_KEY, "{\"client_id\":\"fatoora-gateway\"}")
                        .status());

        JsonObject s = Zatca.status(tenant, Zatca.unit(tenant, "SIMULATION"));
        assertTrue(s.getJsonObject("connectivity").getBoolean("real_connectivity"), s::toString);
        assertEquals(rejected + 1, Zatca.count("SIMULATION", "RejectedTokenCount"), "the 401 dropped the token");
        assertEquals(refreshes + 1, Zatca.count("SIMULATION", "RefreshCount"), "one new token");
        assertEquals(tokens + 1, Zatca.tokenRequests());
        assertNotEquals(before, Zatca.text("SIMULATION", "CurrentTokenExpiry"));
    }

    @Test
    void shortLivedTokensExpireAreRefreshedAheadWhileUsedAndFetchedOnceForConcurrentCallers() throws Exception {
        long unit = Zatca.unit(tenant, "PRODUCTION");
        Zatca.awaitUnusable("PRODUCTION");

        // expired: the next caller fetches a new token
        long refreshes = Zatca.count("PRODUCTION", "RefreshCount");
        long misses = Zatca.count("PRODUCTION", "CacheMisses");
        long background = Zatca.count("PRODUCTION", "BackgroundRefreshCount");
        long tokens = Zatca.tokenRequests();
        JsonObject fetched = Zatca.status(tenant, unit);
        assertTrue(fetched.getJsonObject("oauth").getBoolean("token_available"), fetched::toString);
        assertEquals(refreshes + 1, Zatca.count("PRODUCTION", "RefreshCount"));
        assertEquals(misses + 1, Zatca.count("PRODUCTION", "CacheMisses"));
        assertEquals(tokens + 1, Zatca.tokenRequests());
        String firstExpiry = Zatca.text("PRODUCTION", "CurrentTokenExpiry");

        // used, so refreshed in the background about 4 s later, with no request waiting for it
        Zatca.await(
                Duration.ofSeconds(10),
                () -> Zatca.count("PRODUCTION", "BackgroundRefreshCount") == background + 1,
                "the background refresh");
        assertEquals(tokens + 2, Zatca.tokenRequests());
        assertTrue(Instant.parse(Zatca.text("PRODUCTION", "CurrentTokenExpiry")).isAfter(Instant.parse(firstExpiry)));

        // nobody used the background token: it lapses without another refresh
        Zatca.awaitUnusable("PRODUCTION");
        assertEquals(background + 1, Zatca.count("PRODUCTION", "BackgroundRefreshCount"));

        // 100 concurrent callers of the expired token: one token request, one token for all
        long before = Zatca.tokenRequests();
        long refreshesBefore = Zatca.count("PRODUCTION", "RefreshCount");
        Set<String> answers = concurrently(100, () -> (String) Jmx.invoke(Zatca.mxbean("PRODUCTION"), "obtainToken"));
        assertEquals(before + 1, Zatca.tokenRequests(), "single flight: one token request");
        assertEquals(refreshesBefore + 1, Zatca.count("PRODUCTION", "RefreshCount"));
        assertEquals(1, answers.size(), "every caller got the same token: " + answers);
    }

    /**
     * The same through the gateway's HTTP API. 40 callers, not 100: each API request holds a database connection
     * (tenant key check) until it ends, and the built-in simulator's token endpoint needs one of the same 50 too;
     * with a real, external token endpoint that limit does not apply.
     */
    @Test
    void concurrentApiRequestsOnAnExpiredTokenCauseOneTokenRequest() throws Exception {
        long unit = Zatca.unit(tenant, "PRODUCTION");
        Zatca.status(tenant, unit); // the unit's connectivity check is made now, not during the burst
        Zatca.awaitUnusable("PRODUCTION");
        long before = Zatca.tokenRequests();
        Set<String> expiries = concurrently(40, () -> {
            JsonObject status = Zatca.status(tenant, unit);
            assertTrue(status.getJsonObject("oauth").getBoolean("token_available"), status::toString);
            return status.getJsonObject("oauth").getString("token_expires_at");
        });
        assertEquals(before + 1, Zatca.tokenRequests(), "single flight: one token request");
        assertEquals(1, expiries.size(), "every caller got the same token: " + expiries);
    }

    @Test
    void aTokenTimeoutShowsInTheStatus() {
        long unit = Zatca.unit(tenant, "PRODUCTION");
        Zatca.awaitUnusable("PRODUCTION");
        long tokens = Zatca.tokenRequests();
        Zatca.faults("token", "delay:5000");
        JsonObject s = Zatca.status(tenant, unit);
        String expected = "OAuth token request timed out for PRODUCTION. Please check network connectivity and ZATCA "
                + "service availability";
        assertFalse(s.getJsonObject("oauth").getBoolean("token_available"));
        assertFalse(s.getJsonObject("connectivity").getBoolean("real_connectivity"));
        assertEquals(expected, s.getJsonObject("connectivity").getString("error_message"));
        assertEquals(expected, Zatca.text("PRODUCTION", "LastError"));
        Zatca.await(Duration.ofSeconds(10), () -> Zatca.tokenRequests() > tokens, "the delayed token request");
        assertTrue(Zatca.status(tenant, unit).getJsonObject("oauth").getBoolean("token_available"), "recovered");
    }

    /** The failed forceRefresh operation's message, as a JMX client receives it. */
    private static String operationFailure(String environment) {
        Exception e = assertThrows(Exception.class, () -> Jmx.invoke(Zatca.mxbean(environment), "forceRefresh"));
        Throwable cause = e instanceof RuntimeMBeanException r
                ? r.getTargetException()
                : e instanceof MBeanException m ? m.getTargetException() : e;
        assertTrue(cause instanceof IllegalStateException, () -> "a standard exception type: " + cause);
        return cause.getMessage();
    }

    /** The distinct answers of {@code callers} threads released at once. */
    private static Set<String> concurrently(int callers, Callable<String> call) throws Exception {
        Set<String> answers = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    answers.add(call.call());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : calls) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return answers;
    }
}
