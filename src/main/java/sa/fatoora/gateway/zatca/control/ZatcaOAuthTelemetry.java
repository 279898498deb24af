package sa.fatoora.gateway.zatca.control;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;
import sa.fatoora.gateway.onboarding.entity.ZatcaEnvironment;

/**
 * The token counts as MicroProfile Telemetry metrics (asynchronous OpenTelemetry counters read from the same
 * {@link OAuthStats} as JMX, attribute {@code zatca.environment}). Liberty shows the OpenTelemetry API to the
 * application only when the server runs {@code mpTelemetry-2.1}; without it this class answers at the first check
 * and the OpenTelemetry types are never loaded. Exported when the operator also sets
 * {@code otel.sdk.disabled=false} and an exporter (for example {@code otel.metrics.exporter=otlp}).
 */
final class ZatcaOAuthTelemetry {

    private static final Logger LOG = Logger.getLogger(ZatcaOAuthTelemetry.class.getName());

    private ZatcaOAuthTelemetry() {}

    static boolean registerIfAvailable(ZatcaOAuthTokens tokens) {
        try {
            Class.forName("io.opentelemetry.api.OpenTelemetry", false, ZatcaOAuthTelemetry.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // mpTelemetry is not enabled: JMX only
        }
        try {
            Counters.register(tokens);
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.info(() -> "ZATCA OAuth telemetry metrics not registered: "
                    + e.getClass().getSimpleName());
            return false;
        }
    }

    /** A class of its own: loaded only once the OpenTelemetry API is known to be there. */
    private static final class Counters {

        private static final AttributeKey<String> ENVIRONMENT = AttributeKey.stringKey("zatca.environment");

        static void register(ZatcaOAuthTokens tokens) {
            Meter meter = CDI.current().select(OpenTelemetry.class).get().getMeter("sa.fatoora.gateway.zatca");
            counter(meter, tokens, "zatca.oauth.token.refreshes", "Access tokens fetched", OAuthStats::refreshes);
            counter(
                    meter,
                    tokens,
                    "zatca.oauth.token.background_refreshes",
                    "Access tokens fetched ahead of expiry",
                    OAuthStats::backgroundRefreshes);
            counter(meter, tokens, "zatca.oauth.token.failures", "Failed token requests", OAuthStats::failures);
            counter(
                    meter,
                    tokens,
                    "zatca.oauth.token.rejected",
                    "Tokens the OAuth layer refused (401)",
                    OAuthStats::rejectedTokens);
            counter(meter, tokens, "zatca.oauth.cache.hits", "Token requests served from the cache", OAuthStats::hits);
            counter(
                    meter,
                    tokens,
                    "zatca.oauth.cache.misses",
                    "Token requests that found no usable token",
                    OAuthStats::misses);
        }

        private static void counter(
                Meter meter, ZatcaOAuthTokens tokens, String name, String description, ToLongFunction<OAuthStats> f) {
            meter.counterBuilder(name).setDescription(description).buildWithCallback(m -> {
                for (ZatcaEnvironment env : ZatcaEnvironment.values()) {
                    m.record(f.applyAsLong(tokens.stats(env)), Attributes.of(ENVIRONMENT, env.name()));
                }
            });
        }
    }
}
