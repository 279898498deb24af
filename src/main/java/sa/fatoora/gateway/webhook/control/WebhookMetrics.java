package sa.fatoora.gateway.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This instance's delivery figures for JMX (WebhooksMXBean): deliveries and failures in all and per endpoint, the
 * last attempts' latency, and the lag from an event's time to the receiver's 2xx (p50/p99 over the last
 * {@value #WINDOW} deliveries). Pending deliveries are counted from the database by the worker.
 */
@ApplicationScoped
public class WebhookMetrics {

    static final int WINDOW = 4096;

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong failedForGood = new AtomicLong();
    private final Map<Long, AtomicLong> failuresByEndpoint = new ConcurrentHashMap<>();
    private final long[] lagMillis = new long[WINDOW];
    private final long[] latencyMillis = new long[WINDOW];
    private long recorded;
    private volatile long pending;

    void delivered(Long webhookId, long latencyMs, Instant occurredAt, Instant now) {
        delivered.incrementAndGet();
        long lag = occurredAt == null
                ? 0
                : Math.max(0, Duration.between(occurredAt, now).toMillis());
        synchronized (lagMillis) {
            int slot = (int) (recorded++ % WINDOW);
            lagMillis[slot] = lag;
            latencyMillis[slot] = latencyMs;
        }
    }

    void failed(Long webhookId, boolean forGood) {
        failedAttempts.incrementAndGet();
        if (forGood) {
            failedForGood.incrementAndGet();
        }
        failuresByEndpoint.computeIfAbsent(webhookId, id -> new AtomicLong()).incrementAndGet();
    }

    public void pending(long count) {
        pending = count;
    }

    public long pending() {
        return pending;
    }

    public long deliveredTotal() {
        return delivered.get();
    }

    public long failedAttemptsTotal() {
        return failedAttempts.get();
    }

    public long failedForGoodTotal() {
        return failedForGood.get();
    }

    /** Failed attempts per endpoint id since start. */
    public Map<String, Long> failuresByEndpoint() {
        Map<String, Long> copy = new TreeMap<>();
        failuresByEndpoint.forEach((id, n) -> copy.put(id.toString(), n.get()));
        return copy;
    }

    public long lagPercentile(double p) {
        return percentile(lagMillis, p);
    }

    public long latencyPercentile(double p) {
        return percentile(latencyMillis, p);
    }

    private long percentile(long[] values, double p) {
        long[] copy;
        synchronized (lagMillis) {
            int n = (int) Math.min(recorded, WINDOW);
            if (n == 0) {
                return 0;
            }
            copy = Arrays.copyOf(values, n);
        }
        Arrays.sort(copy);
        int index = (int) Math.ceil(p / 100.0 * copy.length) - 1;
        return copy[Math.max(0, Math.min(copy.length - 1, index))];
    }
}
