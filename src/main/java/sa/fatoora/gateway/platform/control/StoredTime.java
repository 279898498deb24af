package sa.fatoora.gateway.platform.control;

import java.time.Clock;
import java.time.Duration;

/**
 * The clock for times that are stored and also answered from memory: PostgreSQL keeps timestamps to the
 * microsecond (and rounds), so an answer built from the in-memory entity must not show nanoseconds that a later
 * read of the same row no longer has.
 */
public final class StoredTime {

    public static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private StoredTime() {}
}
