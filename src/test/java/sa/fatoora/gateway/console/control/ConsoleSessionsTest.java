package sa.fatoora.gateway.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.tenant.entity.KeyRole;

class ConsoleSessionsTest {

    static final Instant T0 = Instant.parse("2026-12-06T21:00:00Z");

    private Instant now = T0;
    private final ConsoleSessions sessions = new ConsoleSessions();

    {
        sessions.idleTimeout = Duration.ofMinutes(30);
        sessions.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void aSessionLivesWhileUsedAndEndsAfterItsIdleTime() {
        ConsoleSession s = sessions.start(7L, 70L, KeyRole.OPERATOR, "en");
        now = T0.plus(Duration.ofMinutes(29));
        assertTrue(sessions.find(s.id()).isPresent(), "used within the idle time");
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.find(s.id()).isPresent(), "the idle time counts from the last use");
        now = now.plus(Duration.ofMinutes(30));
        assertFalse(sessions.find(s.id()).isPresent(), "idle for 30 minutes: gone");
        assertFalse(sessions.find(s.id()).isPresent());
    }

    @Test
    void signOutEndsItAndIdsAreLongAndRandom() {
        ConsoleSession a = sessions.start(7L, 70L, KeyRole.AUDITOR, "ar");
        ConsoleSession b = sessions.start(7L, 70L, KeyRole.AUDITOR, "ar");
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.csrfToken(), a.id());
        assertEquals(43, a.id().length(), "256 bits, base64url");
        sessions.end(a.id());
        assertFalse(sessions.find(a.id()).isPresent());
        assertTrue(sessions.find(b.id()).isPresent());
        assertFalse(sessions.find(null).isPresent());
        assertFalse(sessions.find("").isPresent());
    }

    @Test
    void csrfTokensMustMatchExactly() {
        ConsoleSession s = sessions.start(7L, 70L, KeyRole.OPERATOR, "en");
        assertTrue(ConsoleSessions.csrfMatches(s, s.csrfToken()));
        assertFalse(ConsoleSessions.csrfMatches(s, s.csrfToken() + "x"));
        assertFalse(ConsoleSessions.csrfMatches(s, ""));
        assertFalse(ConsoleSessions.csrfMatches(s, null));
    }
}
