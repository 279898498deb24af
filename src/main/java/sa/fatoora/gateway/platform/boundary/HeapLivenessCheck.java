package sa.fatoora.gateway.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live unless the heap stays nearly full after collection, the state in which a restart is the only cure. */
@Liveness
@ApplicationScoped
public class HeapLivenessCheck implements HealthCheck {

    @Inject
    @ConfigProperty(name = "fatoora.health.max-heap-ratio", defaultValue = "0.95")
    double maxHeapRatio;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        double ratio = (double) heap.getUsed() / max;
        return HealthCheckResponse.named("heap")
                .status(ratio < maxHeapRatio)
                .withData("usedBytes", heap.getUsed())
                .withData("maxBytes", max)
                .build();
    }
}
