package sa.fatoora.gateway.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    static final Instant T0 = Instant.parse("2026-12-06T21:00:00Z");

    @Test
    void tenFailuresInFiveMinutesMakeAnAddressWait() {
        SignInThrottle throttle = new SignInThrottle();
        throttle.attempts = 10;
        throttle.window = Duration.ofMinutes(5);
        throttle.clock = Clock.fixed(T0, ZoneOffset.UTC);
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), throttle.wait("10.0.0.1"));
            throttle.failed("10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.wait("10.0.0.1"));
        assertEquals(Optional.empty(), throttle.wait("10.0.0.2"), "other addresses are not held up");

        throttle.clock = Clock.fixed(T0.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        assertEquals(Optional.empty(), throttle.wait("10.0.0.1"), "the failures left the window");
        throttle.failed("10.0.0.1");
        throttle.succeeded("10.0.0.1");
        assertTrue(throttle.wait("10.0.0.1").isEmpty());
    }
}
