package sa.fatoora.gateway.zatca.control;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The token counts as MicroProfile Telemetry metrics (asynchronous OpenTelemetry counters read from the same
 * {@link OAuthStats} as JMX, attribute {@code zatca.environment}; plain objects, because the callbacks run on
 * the metric reader's threads). Liberty shows the OpenTelemetry API to the
 * application only when the server runs {@code mpTelemetry-2.1}; without it this class answers at the first check
 * and the OpenTelemetry types are never loaded. Exported when the operator also sets
 * {@code otel.sdk.disabled=false} and an exporter (for example {@code otel.metrics.exporter=otlp}).
 */
final class ZatcaOAuthTelemetry {

    private static final Logger LOG = Logger.getLogger(ZatcaOAuthTelemetry.class.getName());

    private ZatcaOAuthTelemetry() {}

    static boolean registerIfAvailable(Map<ZatcaEnvironment, OAuthStats> stats) {
        try {
            Class.forName("io.opentelemetry.api.OpenTelemetry", false, ZatcaOAuthTelemetry.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // mpTelemetry is not enabled: JMX only
        }
        try {
            Counters.register(stats);
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

        static void register(Map<ZatcaEnvironment, OAuthStats> stats) {
            Meter meter = CDI.current().select(OpenTelemetry.class).get().getMeter("sa.fatoora.gateway.zatca");
            counter(meter, stats, "zatca.oauth.token.refreshes", "Access tokens fetched", OAuthStats::refreshes);
            counter(
                    meter,
                    stats,
                    "zatca.oauth.token.background_refreshes",
                    "Access tokens fetched ahead of expiry",
                    OAuthStats::backgroundRefreshes);
            counter(meter, stats, "zatca.oauth.token.failures", "Failed token requests", OAuthStats::failures);
            counter(
                    meter,
                    stats,
                    "zatca.oauth.token.rejected",
                    "Tokens the OAuth layer refused (401)",
                    OAuthStats::rejectedTokens);
            counter(meter, stats, "zatca.oauth.cache.hits", "Token requests served from the cache", OAuthStats::hits);
            counter(
                    meter,
                    stats,
                    "zatca.oauth.cache.misses",
                    "Token requests that found no usable token",
                    OAuthStats::misses);
        }

        private static void counter(
                Meter meter,
                Map<ZatcaEnvironment, OAuthStats> stats,
                String name,
                String description,
                ToLongFunction<OAuthStats> f) {
            meter.counterBuilder(name).setDescription(description).buildWithCallback(m -> {
                stats.forEach(
                        (env, counters) -> m.record(f.applyAsLong(counters), Attributes.of(ENVIRONMENT, env.name())));
            });
        }
    }
}
