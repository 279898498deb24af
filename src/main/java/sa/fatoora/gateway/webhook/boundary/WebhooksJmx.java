package sa.fatoora.gateway.webhook.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import sa.fatoora.gateway.platform.control.PlatformMBeans;
import sa.fatoora.gateway.webhook.control.WebhookMetrics;

/** Registers {@link WebhooksMXBean} at start and removes it at stop (redeployments). */
@ApplicationScoped
public class WebhooksJmx {

    public static final String NAME = "sa.fatoora.gateway:type=Webhooks";

    @Inject
    WebhookMetrics metrics;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        PlatformMBeans.register(NAME, new Monitor());
    }

    @PreDestroy
    void unregister() {
        PlatformMBeans.unregister(NAME);
    }

    private final class Monitor implements WebhooksMXBean {

        @Override
        public long getPendingDeliveries() {
            return metrics.pending();
        }

        @Override
        public long getDeliveredTotal() {
            return metrics.deliveredTotal();
        }

        @Override
        public long getFailedAttemptsTotal() {
            return metrics.failedAttemptsTotal();
        }

        @Override
        public long getFailedForGoodTotal() {
            return metrics.failedForGoodTotal();
        }

        @Override
        public Map<String, Long> getFailedAttemptsByEndpoint() {
            return metrics.failuresByEndpoint();
        }

        @Override
        public long getLagMillisP50() {
            return metrics.lagPercentile(50);
        }

        @Override
        public long getLagMillisP99() {
            return metrics.lagPercentile(99);
        }

        @Override
        public long getLatencyMillisP50() {
            return metrics.latencyPercentile(50);
        }

        @Override
        public long getLatencyMillisP99() {
            return metrics.latencyPercentile(99);
        }
    }
}
