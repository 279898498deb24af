package sa.fatoora.gateway.zatca.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.OAuthClientSettings;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** How token endpoint answers are read (RFC 6749 sections 5.1 and 5.2); the HTTP exchange itself is in the ITs. */
class OAuthTokenRequestTest {

    static final long NOW = 1_800_000_000_000L;
    final OAuthTokenRequest request = new OAuthTokenRequest(Duration.ofSeconds(10), 60, null);
    final OAuthClientSettings sandbox = new OAuthClientSettings(
            ZatcaEnvironment.SANDBOX, "gateway", "s3cret", Optional.of(URI.create("https://auth.example/oauth/token")));

    @Test
    void aBearerTokenWithItsLifetime() {
        AccessToken t = request.answer(
                sandbox,
                200,
                "{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"x\"}",
                NOW);
        assertEquals("abc", t.value());
        assertEquals(NOW + 3_600_000, t.expiresAt());
        assertEquals(NOW + 3_540_000, t.usableUntil());
        assertFalse(t.toString().contains("abc"), "a token is never printed");
    }

    @Test
    void expiresInAsTextOrAbsent() {
        assertEquals(
                NOW + 120_000,
                request.answer(sandbox, 200, "{\"access_token\":\"a\",\"expires_in\":\"120\"}", NOW)
                        .expiresAt());
        assertEquals(
                NOW + OAuthTokenRequest.DEFAULT_LIFETIME_SECONDS * 1000,
                request.answer(sandbox, 200, "{\"access_token\":\"a\"}", NOW).expiresAt());
    }

    @Test
    void badCredentialsNameTheVariablesToCheck() {
        String expected = "Invalid ZATCA OAuth credentials for SANDBOX. Please verify ZATCA_SANDBOX_CLIENT_ID and "
                + "ZATCA_SANDBOX_CLIENT_SECRET";
        for (var answer : Map.of(
                        401, "{\"error\":\"invalid_client\"}",
                        400, "{\"error\":\"invalid_client\"}",
                        403, "")
                .entrySet()) {
            var e = assertThrows(
                    FatooraAuthenticationException.class,
                    () -> request.answer(sandbox, answer.getKey(), answer.getValue(), NOW));
            assertEquals(expected, e.getMessage());
        }
    }

    @Test
    void outagesAreUnavailableOtherRefusalsAreNamedWithoutEchoingTheBody() {
        assertEquals(
                "OAuth token endpoint for SANDBOX is unavailable (HTTP 503). Please retry later",
                assertThrows(FatooraUnavailableException.class, () -> request.answer(sandbox, 503, "<html>", NOW))
                        .getMessage());
        assertThrows(FatooraUnavailableException.class, () -> request.answer(sandbox, 429, "", NOW));
        assertEquals(
                "OAuth token endpoint for SANDBOX refused the request (HTTP 400, invalid_scope)",
                assertThrows(
                                ZatcaOAuthException.class,
                                () -> request.answer(sandbox, 400, "{\"error\":\"invalid_scope\"}", NOW))
                        .getMessage());
        assertEquals(
                "OAuth token endpoint for SANDBOX refused the request (HTTP 400)",
                assertThrows(
                                ZatcaOAuthException.class,
                                () -> request.answer(sandbox, 400, "{\"error\":\"<script> secret=x\"}", NOW))
                        .getMessage());
    }

    @Test
    void anAnswerWithoutABearerTokenIsRefused() {
        assertThrows(ZatcaOAuthException.class, () -> request.answer(sandbox, 200, "{\"expires_in\":10}", NOW));
        assertThrows(
                ZatcaOAuthException.class,
                () -> request.answer(sandbox, 200, "{\"access_token\":\"a\",\"token_type\":\"mac\"}", NOW));
        assertThrows(ZatcaOAuthException.class, () -> request.answer(sandbox, 200, "not json", NOW));
    }

    @Test
    void anUnconfiguredClientSaysWhichVariablesToSetWithoutAnyRequest() {
        var none = new OAuthClientSettings(ZatcaEnvironment.PRODUCTION, "", "", Optional.empty());
        var e = assertThrows(ZatcaOAuthException.class, () -> request.fetch(none, NOW));
        assertEquals("ZATCA_OAUTH_NOT_CONFIGURED", e.code());
        assertEquals(
                "ZATCA OAuth is not configured for PRODUCTION. Please set ZATCA_PRODUCTION_CLIENT_ID and "
                        + "ZATCA_PRODUCTION_CLIENT_SECRET and ZATCA_PRODUCTION_TOKEN_URL",
                e.getMessage());
    }

    @Test
    void clientCredentialsAreFormEncodedBeforeBasic() {
        // RFC 6749 section 2.3.1: "a:b c" -> "a%3Ab+c"
        assertEquals(
                "Basic " + java.util.Base64.getEncoder().encodeToString("a%3Ab:s+c".getBytes()),
                OAuthTokenRequest.basic("a:b", "s c"));
    }
}
