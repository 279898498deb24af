package sa.fatoora.gateway.zatca.control;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import sa.fatoora.gateway.zatca.entity.AccessToken;

/**
 * One environment's token counters, read by JMX and telemetry. LongAdders: the cache hit path increments one
 * from many threads and must stay cheap. {@code lastError} is always one of the gateway's own safe messages.
 */
public final class OAuthStats {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder refreshes = new LongAdder();
    private final LongAdder backgroundRefreshes = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private volatile Instant lastRefresh;
    private volatile String lastError;

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void refreshed(AccessToken token, boolean background, long nowMillis) {
        refreshes.increment();
        if (background) {
            backgroundRefreshes.increment();
        }
        lastRefresh = Instant.ofEpochMilli(nowMillis);
    }

    void failed(String safeMessage) {
        failures.increment();
        lastError = safeMessage;
    }

    void rejected() {
        rejected.increment();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long refreshes() {
        return refreshes.sum();
    }

    public long backgroundRefreshes() {
        return backgroundRefreshes.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public long rejectedTokens() {
        return rejected.sum();
    }

    public Instant lastRefresh() {
        return lastRefresh;
    }

    public String lastError() {
        return lastError;
    }
}
