package sa.fatoora.gateway.zatca.control;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The MXBean of one environment. JMX calls arrive on the connector's threads, which carry no application context:
 * so this reads the token cache's plain objects (never a CDI proxy) and runs with the application's class loader.
 * Never exposes a token or a secret.
 */
final class ZatcaOAuthMonitor implements ZatcaOAuthMXBean {

    private final ZatcaEnvironment environment;
    private final String authMode;
    private final TokenCache cache;
    private final TokenCache.Slot slot;
    private final ClassLoader applicationLoader;
    private final Clock clock;

    ZatcaOAuthMonitor(
            ZatcaEnvironment environment, String authMode, TokenCache cache, TokenCache.Slot slot, Clock clock) {
        this.environment = environment;
        this.authMode = authMode;
        this.cache = cache;
        this.slot = slot;
        this.clock = clock;
        this.applicationLoader = Thread.currentThread().getContextClassLoader();
    }

    @Override
    public String getEnvironment() {
        return environment.name();
    }

    @Override
    public String getAuthMode() {
        return authMode;
    }

    @Override
    public long getRefreshCount() {
        return slot.stats.refreshes();
    }

    @Override
    public long getBackgroundRefreshCount() {
        return slot.stats.backgroundRefreshes();
    }

    @Override
    public long getFailureCount() {
        return slot.stats.failures();
    }

    @Override
    public long getCacheHits() {
        return slot.stats.hits();
    }

    @Override
    public long getCacheMisses() {
        return slot.stats.misses();
    }

    @Override
    public long getRejectedTokenCount() {
        return slot.stats.rejectedTokens();
    }

    @Override
    public String getLastRefreshTime() {
        Instant last = slot.stats.lastRefresh();
        return last == null ? null : last.toString();
    }

    @Override
    public String getCurrentTokenExpiry() {
        AccessToken token = cache.current(slot);
        return token == null ? null : Instant.ofEpochMilli(token.expiresAt()).toString();
    }

    @Override
    public boolean isCurrentTokenUsable() {
        AccessToken token = cache.current(slot);
        return token != null && token.usableAt(clock.millis());
    }

    @Override
    public String getLastError() {
        return slot.stats.lastError();
    }

    /** Standard exception types only (see token): a JMX client cannot load the gateway's own classes. */
    @Override
    public String forceRefresh() {
        return "Token refreshed; expires at " + token(true);
    }

    @Override
    public String obtainToken() {
        return "Token at hand; expires at " + token(false);
    }

    private Instant token(boolean forceRefresh) {
        return withApplicationLoader(() -> {
            try {
                return Instant.ofEpochMilli(cache.get(slot, forceRefresh).expiresAt());
            } catch (GatewayException e) {
                throw new IllegalStateException(e.getMessage());
            }
        });
    }

    private <T> T withApplicationLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(applicationLoader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
