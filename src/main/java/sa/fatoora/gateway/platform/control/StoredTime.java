package sa.fatoora.gateway.platform.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The product's one clock, in Asia/Riyadh ({@link Riyadh#ZONE}): every bean reads time from it ({@code @Inject Clock},
 * see {@link Clocks}), so a test can move time by handing a bean another clock, and no date depends on the server's
 * zone. Instants are cut to the microsecond: PostgreSQL keeps timestamps to the microsecond (and rounds), so an
 * answer built from the in-memory entity must not show nanoseconds that a later read of the same row no longer has.
 * Not {@code Clock.tick(system, 1 µs)}: on JDK 17 that clock's {@code millis()} divides by zero (tick / 1,000,000
 * ns), and the connectivity checks and token cache read millis. The only class that may read the system clock
 * (ArchitectureTest).
 */
public final class StoredTime extends Clock {

    public static final Clock CLOCK = new StoredTime(Riyadh.ZONE);

    private final ZoneId zone;

    private StoredTime(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new StoredTime(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
