package sa.fatoora.gateway.testing.incontainer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import sa.fatoora.gateway.platform.control.StoredTime;

/**
 * The product's clock ({@link StoredTime#CLOCK}, Asia/Riyadh) until a test pins it to an instant; then every bean that
 * injected {@code Clock} reads that instant, until the test lets it go. One instance in the server
 * ({@link #INSTANCE}): the product's beans keep the clock they were given at creation, so the clock itself moves.
 */
public final class MovableClock extends Clock {

    public static final MovableClock INSTANCE = new MovableClock();

    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    private MovableClock() {}

    public void pin(Instant at) {
        pinned.set(at);
    }

    public void release() {
        pinned.set(null);
    }

    @Override
    public ZoneId getZone() {
        return StoredTime.CLOCK.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(getZone())) {
            return this;
        }
        Instant at = pinned.get();
        return at == null ? StoredTime.CLOCK.withZone(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at == null ? StoredTime.CLOCK.instant() : at;
    }

    @Override
    public long millis() {
        Instant at = pinned.get();
        return at == null ? StoredTime.CLOCK.millis() : at.toEpochMilli();
    }
}
