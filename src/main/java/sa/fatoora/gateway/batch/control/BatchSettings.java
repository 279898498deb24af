package sa.fatoora.gateway.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk submission's settings (README "Bulk submission"), read once from MicroProfile Config. The body size limit of
 * the batch endpoint, {@code fatoora.batches.max-body-bytes} (50 MB), is applied by platform's BodySizeLimitFilter
 * before anything reads the body.
 */
@ApplicationScoped
public class BatchSettings {

    @Inject
    @ConfigProperty(name = "fatoora.batches.max-items", defaultValue = "10000")
    int maxItems;

    @Inject
    @ConfigProperty(name = "fatoora.batches.enabled", defaultValue = "true")
    boolean enabled;

    /** How often the worker looks for batches with queued items (it is also woken when a batch is accepted). */
    @Inject
    @ConfigProperty(name = "fatoora.batches.interval-millis", defaultValue = "1000")
    long intervalMillis;

    /** Units (lanes) issued side by side on one instance; one unit's items are always issued one after the other. */
    @Inject
    @ConfigProperty(name = "fatoora.batches.parallel-units", defaultValue = "8")
    int parallelUnits;

    /** Items of a lane claimed at once. */
    @Inject
    @ConfigProperty(name = "fatoora.batches.claim-size", defaultValue = "20")
    int claimSize;

    /**
     * A claim lapses after this long without progress (its instance died): longer than issuing one item, Fatoora's
     * answer included; every finished item renews the claim of the others.
     */
    @Inject
    @ConfigProperty(name = "fatoora.batches.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    /** Items written per flush while the body is read: what the persistence context holds at the most. */
    @Inject
    @ConfigProperty(name = "fatoora.batches.write-chunk", defaultValue = "200")
    int writeChunk;

    public int maxItems() {
        return Math.max(1, maxItems);
    }

    public boolean enabled() {
        return enabled;
    }

    public Duration interval() {
        return Duration.ofMillis(Math.max(50, intervalMillis));
    }

    public int parallelUnits() {
        return Math.max(1, parallelUnits);
    }

    public int claimSize() {
        return Math.max(1, claimSize);
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(1, leaseSeconds));
    }

    public int writeChunk() {
        return Math.max(1, writeChunk);
    }
}
