package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The pipeline's timing settings (README "Configuration"), read once from MicroProfile Config. */
@ApplicationScoped
public class PipelineSettings {

    /** Guideline: a clearance that can't be delivered is retried for about 5 minutes before answering PENDING. */
    @Inject
    @ConfigProperty(name = "fatoora.clearance.retry-window-seconds", defaultValue = "300")
    long clearanceWindowSeconds;

    @Inject
    @ConfigProperty(name = "fatoora.outbox.enabled", defaultValue = "true")
    boolean outboxEnabled;

    @Inject
    @ConfigProperty(name = "fatoora.outbox.interval-seconds", defaultValue = "10")
    long outboxIntervalSeconds;

    @Inject
    @ConfigProperty(name = "fatoora.outbox.retry-initial-seconds", defaultValue = "15")
    long retryInitialSeconds;

    /** Guideline: after the first minutes, keep retrying about every 15 minutes. */
    @Inject
    @ConfigProperty(name = "fatoora.outbox.retry-max-seconds", defaultValue = "900")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "fatoora.outbox.batch-size", defaultValue = "20")
    int batchSize;

    /** Longer than one delivery (Fatoora's read timeout plus a 303 follow-up): a lease must not lapse mid-call. */
    @Inject
    @ConfigProperty(name = "fatoora.outbox.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "fatoora.outbox.at-risk-hours", defaultValue = "4")
    long atRiskHours;

    /** A PENDING document that Fatoora has not taken after this many attempts is shown at risk, with the reason. */
    @Inject
    @ConfigProperty(name = "fatoora.outbox.at-risk-attempts", defaultValue = "5")
    int atRiskAttempts;

    @Inject
    @ConfigProperty(name = "fatoora.invoices.report-after-clearance", defaultValue = "false")
    boolean reportAfterClearance;

    /** Retries inside the clearance window: quick at first, at most every 30 seconds. */
    static final RetrySchedule CLEARANCE_WINDOW_RETRIES =
            new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Duration clearanceWindow() {
        return Duration.ofSeconds(clearanceWindowSeconds);
    }

    public boolean outboxEnabled() {
        return outboxEnabled;
    }

    public Duration outboxInterval() {
        return Duration.ofSeconds(Math.max(1, outboxIntervalSeconds));
    }

    public RetrySchedule outboxRetries() {
        return new RetrySchedule(Duration.ofSeconds(retryInitialSeconds), Duration.ofSeconds(retryMaxSeconds));
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public int atRiskAttempts() {
        return atRiskAttempts;
    }

    public Duration atRiskMargin() {
        return Duration.ofHours(atRiskHours);
    }

    public boolean reportAfterClearance() {
        return reportAfterClearance;
    }
}
