package sa.fatoora.gateway.invoice.boundary;

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
import sa.fatoora.gateway.invoice.control.Outbox;
import sa.fatoora.gateway.invoice.control.PipelineSettings;
import sa.fatoora.gateway.platform.control.Problems;

/**
 * Runs the outbox every {@code fatoora.outbox.interval-seconds} on a managed scheduled executor (its interval is
 * configuration, which an EJB {@code @Schedule} can't take). Fixed delay: a slow run is never overlapped by the
 * next one. Off with {@code fatoora.outbox.enabled=false}.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Outbox outbox;

    @Inject
    PipelineSettings settings;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        if (!settings.outboxEnabled()) {
            LOG.info("invoice outbox disabled (fatoora.outbox.enabled=false)");
            return;
        }
        long interval = settings.outboxInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "invoice outbox runs every " + settings.outboxInterval().toSeconds() + " s");
    }

    void tick() {
        try {
            int claimed = outbox.run();
            if (claimed > 0) {
                LOG.fine(() -> "outbox delivered or postponed " + claimed + " document(s)");
            }
        } catch (RuntimeException e) {
            // the next run tries again; the documents stay PENDING in the database
            LOG.warning(() -> "outbox run failed (" + Problems.category(e) + ")");
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
