package sa.fatoora.gateway.zatca.control;

import java.time.Instant;
import sa.fatoora.gateway.onboarding.entity.ZatcaEnvironment;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.zatca.entity.AccessToken;

/** The MXBean of one environment, reading the token service's counters; never exposes a token or a secret. */
final class ZatcaOAuthMonitor implements ZatcaOAuthMXBean {

    private final ZatcaEnvironment environment;
    private final ZatcaOAuthTokens tokens;
    private final FatooraAuthModes modes;

    ZatcaOAuthMonitor(ZatcaEnvironment environment, ZatcaOAuthTokens tokens, FatooraAuthModes modes) {
        this.environment = environment;
        this.tokens = tokens;
        this.modes = modes;
    }

    @Override
    public String getEnvironment() {
        return environment.name();
    }

    @Override
    public String getAuthMode() {
        try {
            return modes.mode(environment).text();
        } catch (GatewayException e) {
            return e.getMessage();
        }
    }

    @Override
    public long getRefreshCount() {
        return tokens.stats(environment).refreshes();
    }

    @Override
    public long getBackgroundRefreshCount() {
        return tokens.stats(environment).backgroundRefreshes();
    }

    @Override
    public long getFailureCount() {
        return tokens.stats(environment).failures();
    }

    @Override
    public long getCacheHits() {
        return tokens.stats(environment).hits();
    }

    @Override
    public long getCacheMisses() {
        return tokens.stats(environment).misses();
    }

    @Override
    public long getRejectedTokenCount() {
        return tokens.stats(environment).rejectedTokens();
    }

    @Override
    public String getLastRefreshTime() {
        Instant last = tokens.stats(environment).lastRefresh();
        return last == null ? null : last.toString();
    }

    @Override
    public String getCurrentTokenExpiry() {
        return tokens.current(environment)
                .map(t -> Instant.ofEpochMilli(t.expiresAt()).toString())
                .orElse(null);
    }

    @Override
    public boolean isCurrentTokenUsable() {
        return tokens.current(environment)
                .map(t -> t.usableAt(System.currentTimeMillis()))
                .orElse(false);
    }

    @Override
    public String getLastError() {
        return tokens.stats(environment).lastError();
    }

    /** Standard exception types only: a JMX client cannot load the gateway's own classes. */
    @Override
    public String forceRefresh() {
        try {
            AccessToken token = tokens.token(environment, true);
            return "Token refreshed; expires at " + Instant.ofEpochMilli(token.expiresAt());
        } catch (GatewayException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }
}
