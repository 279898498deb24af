package sa.fatoora.gateway.webhook.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.webhook.control.DeliveryWakeUp;
import sa.fatoora.gateway.webhook.control.WebhookDeliveries;
import sa.fatoora.gateway.webhook.control.WebhookFanOut;
import sa.fatoora.gateway.webhook.control.WebhookHousekeeping;
import sa.fatoora.gateway.webhook.control.WebhookSettings;

/**
 * The delivery loops ({@code fatoora.webhooks.workers}, default 2), on a managed scheduled executor: fan events out to endpoints, send what is due until nothing
 * is, then sleep until an event is committed (DeliveryWakeUp) or {@code fatoora.webhooks.interval} passes. Each run
 * returns after about half a minute so the executor's thread is handed back and stopping is prompt. Everything it
 * needs is in the database, so it goes on after a restart, and instances run it side by side.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    private static final Duration RUN = Duration.ofSeconds(30);
    /** How long a woken loop waits for more events before its round: a delivery's delay, against a round per event. */
    static final Duration GATHER = Duration.ofMillis(50);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookFanOut fanOut;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookHousekeeping housekeeping;

    @Inject
    DeliveryWakeUp wakeUp;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private volatile boolean stopping;
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    void start(@Observes Startup startup) {
        if (!settings.enabled()) {
            LOG.info("webhook deliveries disabled (fatoora.webhooks.enabled=false)");
            return;
        }
        // several loops: while one waits for its round's answers, another claims and sends the next round
        for (int i = 0; i < settings.workers(); i++) {
            tasks.add(scheduler.scheduleWithFixedDelay(this::run, 1000 + 100L * i, 10, TimeUnit.MILLISECONDS));
        }
    }

    void run() {
        Instant end = clock.instant().plus(RUN);
        while (!stopping && clock.instant().isBefore(end)) {
            try {
                int work = fanOut.run();
                int sent;
                do {
                    sent = deliveries.run();
                    work += sent;
                } while (sent > 0 && !stopping);
                housekeeping.countPending();
                if (work == 0) {
                    wakeUp.await(settings.interval(), GATHER);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the next round tries again: the deliveries stay PENDING in the database
                LOG.warning(() -> "webhook deliveries: a round failed (" + Problems.category(e) + ")");
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        wakeUp.now();
        tasks.forEach(t -> t.cancel(false));
    }
}
