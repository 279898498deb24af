package sa.fatoora.gateway.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import sa.fatoora.gateway.event.entity.EventPublished;

/**
 * Wakes the delivery loop when there is work instead of letting it sleep to its next poll: after the commit of a
 * transaction that published an event (a transactional observer: never before the event is visible), and after a
 * ping or redelivery. Many wake-ups while the loop works count as one.
 */
@ApplicationScoped
public class DeliveryWakeUp {

    private final Semaphore signal = new Semaphore(0);

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventPublished published) {
        now();
    }

    public void now() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
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
