package sa.fatoora.gateway.invoice.control;

import java.time.Duration;

/**
 * Exponential backoff: {@code initial} after the first failed attempt, doubling, never more than {@code max}.
 * Deterministic on purpose: documents are claimed one by one (leases), so there is no thundering herd to spread.
 */
public record RetrySchedule(Duration initial, Duration max) {

    public RetrySchedule {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("the initial delay must be positive and not above the maximum");
        }
    }

    /** @param failedAttempts how many attempts failed so far, at least 1 */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 31) {
            return max;
        }
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis >= max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
