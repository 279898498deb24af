package sa.fatoora.gateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StoredTimeTest {

    @Test
    void instantsCarryNoFinerThanMicroseconds() {
        for (int i = 0; i < 1_000; i++) {
            Instant now = StoredTime.CLOCK.instant();
            assertEquals(0, now.getNano() % 1_000, now::toString);
        }
    }

    @Test
    void millisWorkAndFollowTheSystemClock() {
        // Clock.tick(systemUTC(), 1 µs).millis() throws ArithmeticException on JDK 17
        long before = System.currentTimeMillis();
        long millis = StoredTime.CLOCK.millis();
        long after = System.currentTimeMillis();
        assertTrue(before <= millis && millis <= after, millis + " not in [" + before + ", " + after + "]");
        Instant instant = StoredTime.CLOCK.instant();
        assertTrue(Math.abs(instant.toEpochMilli() - Clock.systemUTC().millis()) < 1_000);
    }

    @Test
    void isInRiyadhAndKeepsMicrosecondsInAnotherZone() {
        assertEquals(ZoneId.of("Asia/Riyadh"), StoredTime.CLOCK.getZone());
        assertSame(StoredTime.CLOCK, StoredTime.CLOCK.withZone(Riyadh.ZONE));
        Clock utc = StoredTime.CLOCK.withZone(ZoneOffset.UTC);
        assertEquals(ZoneOffset.UTC, utc.getZone());
        assertEquals(0, utc.instant().getNano() % 1_000);
    }

    @Test
    void theProducerHandsOutTheOneClock() {
        assertSame(StoredTime.CLOCK, Clocks.clock());
    }
}
