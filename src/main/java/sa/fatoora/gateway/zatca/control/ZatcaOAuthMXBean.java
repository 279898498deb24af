package sa.fatoora.gateway.zatca.control;

/**
 * JMX view of one environment's OAuth token cache ({@code sa.fatoora.gateway:type=ZatcaOAuth,environment=SANDBOX}).
 * Times are ISO-8601 instants, null when there is none; LastError is one of the gateway's safe messages.
 */
public interface ZatcaOAuthMXBean {

    String getEnvironment();

    String getAuthMode();

    long getRefreshCount();

    long getBackgroundRefreshCount();

    long getFailureCount();

    long getCacheHits();

    long getCacheMisses();

    /** Tokens dropped because the OAuth layer answered 401 to them. */
    long getRejectedTokenCount();

    String getLastRefreshTime();

    String getCurrentTokenExpiry();

    /** Whether the cached token may still be sent (its expiry minus the buffer is ahead). */
    boolean isCurrentTokenUsable();

    String getLastError();

    /** Fetches a new token now; answers its expiry, or fails with the safe reason. */
    String forceRefresh();

    /**
     * Makes sure a usable token is at hand, as any Fatoora call would: the cached one, or else a new one (one
     * request however many ask at once). Answers its expiry, or fails with the safe reason.
     */
    String obtainToken();
}
