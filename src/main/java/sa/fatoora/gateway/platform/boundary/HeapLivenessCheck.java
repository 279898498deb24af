package sa.fatoora.gateway.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless the heap stays nearly full after collection, the state in which a restart is the only cure. It reads
 * what each heap pool held right after its last collection, not the current usage: a healthy heap is often nearly
 * full just before a young collection, and reading that would restart healthy servers.
 */
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
        long afterGc = usedAfterCollection(ManagementFactory.getMemoryPoolMXBeans());
        return HealthCheckResponse.named("heap")
                .status((double) afterGc / max < maxHeapRatio)
                .withData("usedAfterGcBytes", afterGc)
                .withData("usedBytes", heap.getUsed())
                .withData("maxBytes", max)
                .build();
    }

    /** The heap pools' usage after their last collection (0 for a pool not collected yet). */
    static long usedAfterCollection(List<MemoryPoolMXBean> pools) {
        long used = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage afterGc =
                    pool.getType() == MemoryType.HEAP && pool.isValid() ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                used += afterGc.getUsed();
            }
        }
        return used;
    }
}
