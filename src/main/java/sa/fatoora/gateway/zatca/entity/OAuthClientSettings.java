package sa.fatoora.gateway.zatca.entity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One environment's OAuth client: {@code zatca.<env>.client-id}, {@code zatca.<env>.client-secret} (environment
 * variables ZATCA_SANDBOX_CLIENT_ID, ZATCA_SANDBOX_CLIENT_SECRET, ...) and the token endpoint. Never printed:
 * {@link #toString()} hides the secret.
 */
public record OAuthClientSettings(
        ZatcaEnvironment environment, String clientId, String clientSecret, Optional<URI> tokenUri) {

    public static OAuthClientSettings from(
            ZatcaEnvironment environment, Function<String, Optional<String>> config, Optional<URI> tokenUri) {
        String prefix = "zatca." + environment.name().toLowerCase(Locale.ROOT) + ".";
        return new OAuthClientSettings(
                environment,
                config.apply(prefix + "client-id").map(String::strip).orElse(""),
                config.apply(prefix + "client-secret").orElse(""),
                tokenUri);
    }

    /** The environment variables still to set; empty when the client is complete. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (clientId.isBlank()) {
            missing.add(variable("CLIENT_ID"));
        }
        if (clientSecret.isEmpty()) {
            missing.add(variable("CLIENT_SECRET"));
        }
        if (tokenUri.isEmpty()) {
            missing.add(variable("TOKEN_URL"));
        }
        return missing;
    }

    /** The environment variable of a setting, e.g. ZATCA_SANDBOX_CLIENT_ID. */
    public String variable(String suffix) {
        return "ZATCA_" + environment.name() + "_" + suffix;
    }

    @Override
    public String toString() {
        return "OAuthClientSettings[" + environment + ", clientId=" + clientId + ", secret=***, tokenUri="
                + tokenUri.map(URI::toString).orElse("-") + "]";
    }
}
