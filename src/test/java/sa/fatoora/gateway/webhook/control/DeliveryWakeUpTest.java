package sa.fatoora.gateway.webhook.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.event.entity.EventPublished;
import sa.fatoora.gateway.event.entity.EventType;

/** Which committed events wake the delivery loop: any before its first round, then only those with an endpoint. */
class DeliveryWakeUpTest {

    private final DeliveryWakeUp wakeUp = new DeliveryWakeUp();

    @Test
    void beforeTheFirstRoundEveryEventWakesTheLoop() throws Exception {
        wakeUp.afterCommit(new EventPublished(7L, EventType.INVOICE_CLEARED));
        assertTrue(woken());
    }

    @Test
    void anEventOfATenantWithoutAnEndpointWakesNothing() throws Exception {
        wakeUp.listening(Set.of(1L, 2L));
        wakeUp.afterCommit(new EventPublished(7L, EventType.INVOICE_CLEARED));
        assertFalse(woken(), "tenant 7 has no enabled endpoint");
        wakeUp.afterCommit(new EventPublished(2L, EventType.INVOICE_CLEARED));
        assertTrue(woken());
    }

    @Test
    void aRequestedWakeUpComesWhateverTheTenants() throws Exception {
        wakeUp.listening(Set.of());
        wakeUp.now(); // a new endpoint, a ping, a redelivery
        assertTrue(woken());
    }

    /** Whether a wake-up is waiting for the loop; taken, as the loop's wait takes it. */
    private boolean woken() throws InterruptedException {
        boolean pending = wakeUp.pending();
        if (pending) {
            wakeUp.await(Duration.ZERO, Duration.ZERO);
        }
        return pending;
    }
}
