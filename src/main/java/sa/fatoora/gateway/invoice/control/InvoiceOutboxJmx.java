package sa.fatoora.gateway.invoice.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers the outbox's MXBean on the platform MBeanServer at start and removes it at stop (redeployments). The
 * counts are the outbox's own from its last run: JMX calls arrive on threads outside the container.
 */
@ApplicationScoped
public class InvoiceOutboxJmx {

    public static final String NAME = "sa.fatoora.gateway:type=InvoiceOutbox";
    private static final Logger LOG = Logger.getLogger(InvoiceOutboxJmx.class.getName());

    @Inject
    Outbox outbox;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new Monitor(), name);
        } catch (JMException e) {
            LOG.warning(() ->
                    "invoice outbox MXBean not registered: " + e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void unregister() {
        try {
            ObjectName name = new ObjectName(NAME);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.fine("invoice outbox MXBean already gone");
        }
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
