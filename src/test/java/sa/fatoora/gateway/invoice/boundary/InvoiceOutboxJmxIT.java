package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.control.InvoiceOutboxJmx;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Jmx;

/** The outbox as an operator sees it over JMX (Liberty's local connector) and in the readiness data. */
class InvoiceOutboxJmxIT {

    @Test
    void theOutboxReportsItsRunsAndCounts() throws Exception {
        ObjectName name = new ObjectName(InvoiceOutboxJmx.NAME);
        assertTrue(Jmx.isRegistered(name), "registered at start");
        // the worker runs every 10 s: within 30 s it has run at least once and counted
        Instant end = Instant.now().plusSeconds(30);
        while ("never".equals(Jmx.attribute(name, "LastRun")) && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        assertNotEquals("never", Jmx.attribute(name, "LastRun"));
        for (String count : new String[] {"PendingCount", "AtRiskCount", "OverdueCount", "DeliveredTotal"}) {
            assertTrue((Long) Jmx.attribute(name, count) >= 0, count);
        }
        String ready = Api.get("/health/ready", null).body();
        assertTrue(ready.contains("\"invoice-outbox\"") && ready.contains("\"pending\""), ready);
    }
}
