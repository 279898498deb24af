package sa.fatoora.gateway.audit.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.audit.control.AuditSealer;
import sa.fatoora.gateway.platform.control.Problems;

/**
 * Seals new audit records every {@code fatoora.audit.seal-interval-ms} (default 1000) on the managed scheduled
 * executor, as the outbox runs. Fixed delay: runs never overlap on one instance; across instances the chain head's
 * row lock orders them.
 */
@ApplicationScoped
public class AuditSealWorker {

    private static final Logger LOG = Logger.getLogger(AuditSealWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditSealer sealer;

    @Inject
    @ConfigProperty(name = "fatoora.audit.seal-interval-ms", defaultValue = "1000")
    long interval;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        long every = Math.max(100, interval);
        task = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "audit records are sealed every " + every + " ms");
    }

    void tick() {
        try {
            int sealed = sealer.sealAll();
            if (sealed > 0) {
                LOG.fine(() -> "sealed " + sealed + " audit record(s)");
            }
        } catch (RuntimeException e) {
            // the records stay unsealed and the next run takes them (e.g. another instance made the chain head first)
            LOG.warning(() -> "audit sealing failed (" + Problems.category(e) + "); retried at the next run");
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
