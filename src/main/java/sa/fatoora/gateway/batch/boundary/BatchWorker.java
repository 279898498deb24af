package sa.fatoora.gateway.batch.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import sa.fatoora.gateway.batch.control.BatchProcessor;
import sa.fatoora.gateway.batch.control.BatchSettings;
import sa.fatoora.gateway.platform.control.Problems;

/**
 * Runs the batch processor every {@code fatoora.batches.interval-millis} on a managed scheduled executor (fixed
 * delay), and at once when a batch is accepted here. One run at a time on this instance; its lanes run on the same
 * executor. Everything is in the database: after a restart the next run takes up what was queued. Off with {@code
 * fatoora.batches.enabled=false}.
 */
@ApplicationScoped
public class BatchWorker {

    private static final Logger LOG = Logger.getLogger(BatchWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    BatchProcessor processor;

    @Inject
    BatchSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        if (!settings.enabled()) {
            LOG.info("batch processing disabled (fatoora.batches.enabled=false)");
            return;
        }
        long interval = settings.interval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "batch processing runs every " + interval + " ms");
    }

    /** A batch was accepted: run now rather than at the next interval. */
    void wake() {
        if (settings.enabled()) {
            scheduler.execute(this::tick);
        }
    }

    void tick() {
        if (!running.compareAndSet(false, true)) {
            again.set(true); // the run in progress goes once more
            return;
        }
        try {
            do {
                again.set(false);
                int finished = processor.run(scheduler);
                if (finished > 0) {
                    LOG.fine(() -> "batch processing finished " + finished + " item(s)");
                }
            } while (again.get());
        } catch (RuntimeException e) {
            // the next run tries again; the items stay queued in the database
            LOG.warning(() -> "batch run failed (" + Problems.category(e) + ")");
        } finally {
            running.set(false);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
