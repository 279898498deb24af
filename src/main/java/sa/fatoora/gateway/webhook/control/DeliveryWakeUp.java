package sa.fatoora.gateway.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import sa.fatoora.gateway.event.entity.EventPublished;

/**
 * Wakes the delivery loop when there is work instead of letting it sleep to its next poll: after the commit of a
 * transaction that published an event (a transactional observer: never before the event is visible), and after a
 * ping or redelivery. Many wake-ups while the loop works count as one. An event of a tenant that had no enabled
 * endpoint at the loop's last round wakes nothing: without a webhook registered, every invoice's event woke the loop
 * for a round of queries that found nothing (docs/benchmarks.md, "The events' cost end to end"). A new or re-enabled
 * endpoint wakes the loop itself, whose round learns its tenant; the interval's rounds still run regardless.
 */
@ApplicationScoped
public class DeliveryWakeUp {

    private final Semaphore signal = new Semaphore(0);

    /** The tenants with an enabled endpoint at the last round; null before the first (then every event wakes). */
    private volatile Set<Long> listening;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventPublished published) {
        Set<Long> tenants = listening;
        if (tenants == null || tenants.contains(published.tenantId())) {
            now();
        }
    }

    /** What the loop's round found: the tenants whose events have an endpoint to go to. */
    public void listening(Set<Long> tenants) {
        listening = Set.copyOf(tenants);
    }

    public void now() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Whether a wake-up waits for the loop (tests). */
    boolean pending() {
        return signal.availablePermits() > 0;
    }

    /**
     * Waits for a wake-up or the interval, whichever comes first. After a wake-up it waits {@code gather} more, so
     * that the events committed meanwhile are fanned out in the same round: under load the loop otherwise ran a
     * round, with its queries, for every event (docs/benchmarks.md, "The events' cost end to end").
     */
    public void await(Duration interval, Duration gather) throws InterruptedException {
        if (signal.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS)) {
            Thread.sleep(gather.toMillis());
            signal.drainPermits();
        }
    }
}
