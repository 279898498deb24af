package sa.fatoora.gateway.zatca.control;

import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with "equal jitter": retry n waits between half and all of min(max, initial * 2^(n-1)), so
 * waits grow, never collapse to zero, and concurrent callers spread out instead of retrying in step.
 */
record Backoff(long initialMillis, long maxMillis) {

    /** {@code random.applyAsLong(bound)} answers a value in [0, bound). */
    long delayMillis(int retry, LongUnaryOperator random) {
        if (retry < 1 || initialMillis <= 0) {
            return 0;
        }
        int doublings = Math.min(retry - 1, 30);
        long ceiling = Math.min(maxMillis, initialMillis << doublings);
        long half = ceiling / 2;
        return half + (ceiling - half > 0 ? random.applyAsLong(ceiling - half + 1) : 0);
    }
}
