package sa.fatoora.gateway.zatca.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.OAuthClientSettings;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The OAuth token service: one cached access token per environment and client, in memory only, fetched once for
 * all concurrent callers and refreshed in the background ahead of expiry (see {@link TokenCache}). Settings are
 * read once at start: {@code zatca.<env>.client-id}, {@code zatca.<env>.client-secret} (ZATCA_SANDBOX_CLIENT_ID,
 * ...), {@code zatca.<env>.token-url}, {@code zatca.oauth.timeout} (ZATCA_OAUTH_TIMEOUT, seconds, default 10.0)
 * and {@code zatca.oauth.expiry-buffer-seconds} (default 60).
 */
@ApplicationScoped
public class ZatcaOAuthTokens {

    @Inject
    Config config;

    @Inject
    FatooraTargets targets;

    @Inject
    @ConfigProperty(name = "zatca.oauth.timeout", defaultValue = "10.0")
    double timeoutSeconds;

    @Inject
    @ConfigProperty(name = "zatca.oauth.expiry-buffer-seconds", defaultValue = "60")
    long bufferSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private final Map<ZatcaEnvironment, OAuthStats> stats = new EnumMap<>(ZatcaEnvironment.class);
    private final Map<ZatcaEnvironment, TokenCache.Slot> slots = new EnumMap<>(ZatcaEnvironment.class);
    private TokenCache cache;

    @PostConstruct
    void start() {
        OAuthTokenRequest request =
                new OAuthTokenRequest(Duration.ofMillis(Math.round(timeoutSeconds * 1000)), bufferSeconds, null);
        cache = new TokenCache(
                clock, (task, delayMillis) -> scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS));
        for (ZatcaEnvironment env : ZatcaEnvironment.values()) {
            OAuthClientSettings client = OAuthClientSettings.from(
                    env, name -> config.getOptionalValue(name, String.class), targets.tokenUri(env));
            OAuthStats counters = new OAuthStats();
            stats.put(env, counters);
            slots.put(
                    env,
                    cache.slot(
                            new TokenCache.Key(env, client.clientId()),
                            counters,
                            nowMillis -> request.fetch(client, nowMillis)));
        }
    }

    /** The environment's access token: the cached one while usable, else a fresh one (one request for all). */
    public String getAccessToken(ZatcaEnvironment environment, boolean forceRefresh) {
        return token(environment, forceRefresh).value();
    }

    public AccessToken token(ZatcaEnvironment environment, boolean forceRefresh) {
        return cache.get(slots.get(environment), forceRefresh);
    }

    /** The cached token, without fetching or counting. */
    public Optional<AccessToken> current(ZatcaEnvironment environment) {
        return Optional.ofNullable(cache.current(slots.get(environment)));
    }

    /** The OAuth layer refused this token (401): forget it so that the next caller fetches a new one. */
    public boolean invalidate(ZatcaEnvironment environment, String refusedToken) {
        return cache.invalidate(slots.get(environment), refusedToken);
    }

    public OAuthStats stats(ZatcaEnvironment environment) {
        return stats.get(environment);
    }

    /** The environment's MXBean: plain objects only, for JMX threads without application context. */
    ZatcaOAuthMXBean monitor(ZatcaEnvironment environment, String authMode) {
        return new ZatcaOAuthMonitor(environment, authMode, cache, slots.get(environment), clock);
    }
}
