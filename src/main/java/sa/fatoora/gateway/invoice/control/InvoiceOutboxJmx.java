package sa.fatoora.gateway.invoice.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import sa.fatoora.gateway.platform.control.PlatformMBeans;

/**
 * Registers the outbox's MXBean on the platform MBeanServer at start and removes it at stop (redeployments). The
 * counts are the outbox's own from its last run: JMX calls arrive on threads outside the container.
 */
@ApplicationScoped
public class InvoiceOutboxJmx {

    public static final String NAME = "sa.fatoora.gateway:type=InvoiceOutbox";

    @Inject
    Outbox outbox;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        PlatformMBeans.register(NAME, new Monitor());
    }

    @PreDestroy
    void unregister() {
        PlatformMBeans.unregister(NAME);
    }

    private final class Monitor implements InvoiceOutboxMXBean {

        @Override
        public long getPendingCount() {
            return outbox.countsAtLastRun()[0];
        }

        @Override
        public long getAtRiskCount() {
            return outbox.countsAtLastRun()[1];
        }

        @Override
        public long getOverdueCount() {
            return outbox.countsAtLastRun()[2];
        }

        @Override
        public long getDeliveredTotal() {
            return outbox.deliveredTotal();
        }

        @Override
        public long getPostponedTotal() {
            return outbox.postponedTotal();
        }

        @Override
        public String getLastRun() {
            return outbox.lastRun() == null ? "never" : outbox.lastRun().toString();
        }
    }
}
