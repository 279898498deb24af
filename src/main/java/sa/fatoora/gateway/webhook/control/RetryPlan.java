package sa.fatoora.gateway.webhook.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the schedule's pause after that many attempts, varied by up to a fifth
 * either way (jitter, so retries of a burst do not all arrive together), or never once the schedule is used up.
 */
public record RetryPlan(List<Duration> pauses) {

    public RetryPlan {
        pauses = List.copyOf(pauses);
    }

    /** Attempts in all: the first and one per pause. */
    public int maxAttempts() {
        return pauses.size() + 1;
    }

    /** The next attempt after {@code attemptsMade} failed ones, or null when there is none. */
    public Instant next(int attemptsMade, Instant now, DoubleSupplier random) {
        if (attemptsMade >= maxAttempts()) {
            return null;
        }
        Duration pause = pauses.get(attemptsMade - 1);
        double factor = 0.8 + 0.4 * random.getAsDouble();
        return now.plusMillis(Math.round(pause.toMillis() * factor));
    }

    /** The span from the first attempt to the last with no jitter. */
    public Duration span() {
        return pauses.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
