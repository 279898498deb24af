package sa.fatoora.gateway.zatca.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executor;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.OAuthClientSettings;

/**
 * One OAuth 2.0 client-credentials token request (RFC 6749 section 4.4): client id and secret as HTTP Basic (section
 * 2.3.1, each form-encoded first), {@code grant_type=client_credentials} as a form. Failures become the gateway's
 * exceptions with messages that name the environment and the variables to check, never a secret or a token.
 */
public class OAuthTokenRequest {

    /** When the endpoint does not say how long a token lives (expires_in is only RECOMMENDED). */
    static final long DEFAULT_LIFETIME_SECONDS = 300;

    private final HttpClient http;
    private final Duration timeout;
    private final long bufferSeconds;

    public OAuthTokenRequest(Duration timeout, long bufferSeconds, Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if (executor != null) {
            builder.executor(executor);
        }
        this.http = builder.build();
        this.timeout = timeout;
        this.bufferSeconds = bufferSeconds;
    }

    public AccessToken fetch(OAuthClientSettings client, long nowMillis) {
        String env = client.environment().name();
        if (!client.missing().isEmpty()) {
            throw ZatcaOAuthException.notConfigured("ZATCA OAuth is not configured for " + env + ". Please set "
                    + String.join(" and ", client.missing()));
        }
        HttpRequest request = HttpRequest.newBuilder(client.tokenUri().orElseThrow())
                .timeout(timeout)
                .header("Authorization", basic(client.clientId(), client.clientSecret()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new FatooraUnavailableException("OAuth token request timed out for " + env
                            + ". Please check network connectivity and ZATCA service availability")
                    .causedBy(e);
        } catch (IOException e) {
            throw new FatooraUnavailableException("OAuth token endpoint for " + env
                            + " could not be reached. Please check network connectivity and "
                            + client.variable("TOKEN_URL"))
                    .causedBy(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FatooraUnavailableException("OAuth token request for " + env + " was interrupted").causedBy(e);
        }
        return answer(client, response.statusCode(), response.body(), nowMillis);
    }

    AccessToken answer(OAuthClientSettings client, int status, String body, long nowMillis) {
        String env = client.environment().name();
        JsonObject o = FatooraAnswers.parse(body);
        String error = safeCode(FatooraAnswers.text(o, "error"));
        if (status == 401
                || status == 403
                || (status == 400 && ("invalid_client".equals(error) || "unauthorized_client".equals(error)))) {
            throw new FatooraAuthenticationException("Invalid ZATCA OAuth credentials for " + env + ". Please verify "
                    + client.variable("CLIENT_ID") + " and " + client.variable("CLIENT_SECRET"));
        }
        if (status == 429 || status >= 500) {
            throw new FatooraUnavailableException(
                    "OAuth token endpoint for " + env + " is unavailable (HTTP " + status + "). Please retry later");
        }
        if (status != 200) {
            throw ZatcaOAuthException.refused("OAuth token endpoint for " + env + " refused the request (HTTP " + status
                    + (error == null ? "" : ", " + error) + ")");
        }
        String token = o.get("access_token") instanceof JsonString s ? s.getString() : null;
        String type = FatooraAnswers.text(o, "token_type");
        if (token == null || token.isBlank() || (type != null && !type.equalsIgnoreCase("Bearer"))) {
            throw ZatcaOAuthException.refused(
                    "OAuth token endpoint for " + env + " answered without a usable Bearer access token");
        }
        return AccessToken.issued(
                token.strip(),
                FatooraAnswers.number(o.get("expires_in"), DEFAULT_LIFETIME_SECONDS),
                nowMillis,
                bufferSeconds);
    }

    /** RFC 6749 error codes are plain words; anything else is not repeated to callers. */
    static String safeCode(String error) {
        return error != null && error.matches("[A-Za-z0-9_.-]{1,40}") ? error : null;
    }

    static String basic(String clientId, String secret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** A failure of unknown origin, as a safe exception: its own message is never repeated. */
    static GatewayException safe(RuntimeException e, String env) {
        return e instanceof GatewayException g
                ? g
                : ZatcaOAuthException.refused("OAuth token request for " + env + " failed");
    }
}
