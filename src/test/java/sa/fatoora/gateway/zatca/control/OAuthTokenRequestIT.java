package sa.fatoora.gateway.zatca.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Server;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.OAuthClientSettings;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The token request over real HTTP, from the test JVM: against the running server's simulator token endpoint,
 * an address that does not resolve and a port nobody listens on. The simulator's clients are configured in
 * pom.xml (fatoora-gateway:simulator-secret, short-lived:short-secret:2).
 */
class OAuthTokenRequestIT {

    @BeforeAll
    static void applicationStarted() {
        Server.awaitStarted();
    }

    static final String BASE = System.getProperty("app.base.url", "http://localhost:9080");
    static final URI SIMULATOR = URI.create(BASE + "/simulator/oauth/token");
    final OAuthTokenRequest request = new OAuthTokenRequest(Duration.ofSeconds(2), 60, null);

    static OAuthClientSettings client(String id, String secret, URI tokenUri) {
        return new OAuthClientSettings(ZatcaEnvironment.SIMULATION, id, secret, Optional.of(tokenUri));
    }

    @AfterEach
    void noFaultsLeft() {
        assertEquals(204, Api.delete("/simulator/admin/faults", Api.ADMIN_KEY).status());
    }

    @Test
    void theClientCredentialsGrantGivesABearerToken() {
        long now = System.currentTimeMillis();
        AccessToken hour = request.fetch(client("fatoora-gateway", "simulator-secret", SIMULATOR), now);
        assertFalse(hour.value().isBlank());
        assertEquals(now + 3_600_000, hour.expiresAt());
        assertEquals(now + 3_540_000, hour.usableUntil());

        AccessToken brief = request.fetch(client("short-lived", "short-secret", SIMULATOR), now);
        assertEquals(now + 2000, brief.expiresAt());
        assertEquals(now + 1000, brief.usableUntil(), "the buffer is at most half the lifetime");
    }

    @Test
    void wrongCredentialsAreInvalidCredentials() {
        var e = assertThrows(
                FatooraAuthenticationException.class,
                () -> request.fetch(client("fatoora-gateway", "wrong", SIMULATOR), System.currentTimeMillis()));
        assertEquals(
                "Invalid ZATCA OAuth credentials for SIMULATION. Please verify ZATCA_SIMULATION_CLIENT_ID and "
                        + "ZATCA_SIMULATION_CLIENT_SECRET",
                e.getMessage());
    }

    @Test
    void aSlowEndpointTimesOut() {
        assertEquals(
                204,
                Api.post("/simulator/admin/faults", Api.ADMIN_KEY, "{\"call\":\"token\",\"script\":[\"delay:3500\"]}")
                        .status());
        var e = assertThrows(
                FatooraUnavailableException.class,
                () -> request.fetch(
                        client("fatoora-gateway", "simulator-secret", SIMULATOR), System.currentTimeMillis()));
        assertEquals(
                "OAuth token request timed out for SIMULATION. Please check network connectivity and ZATCA service "
                        + "availability",
                e.getMessage());
        sleep(2000); // let the delayed request finish before the next test counts anything
    }

    @Test
    void anUnreachableHostIsNamedWithTheVariableToCheck() {
        String expected = "OAuth token endpoint for SIMULATION could not be reached. Please check network "
                + "connectivity and ZATCA_SIMULATION_TOKEN_URL";
        for (URI nowhere : new URI[] {
            URI.create("http://fatoora-token.invalid/oauth/token"), // RFC 6761: never resolves
            URI.create("http://127.0.0.1:1/oauth/token") // nobody listens
        }) {
            var e = assertThrows(
                    FatooraUnavailableException.class,
                    () -> request.fetch(client("fatoora-gateway", "simulator-secret", nowhere), 0));
            assertEquals(expected, e.getMessage());
        }
    }

    @Test
    void aWrongPathIsARefusalThatSaysItsStatus() {
        var e = assertThrows(
                ZatcaOAuthException.class,
                () -> request.fetch(
                        client("fatoora-gateway", "simulator-secret", URI.create(BASE + "/simulator/oauth/nope")), 0));
        assertTrue(
                e.getMessage().startsWith("OAuth token endpoint for SIMULATION refused the request (HTTP 404"),
                e::getMessage);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
