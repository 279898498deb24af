package sa.fatoora.gateway.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RetryPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");

    /** The default of fatoora.webhooks.retry-schedule (WebhookSettings). */
    private static final RetryPlan DEFAULT =
            new RetryPlan(Stream.of("PT5S", "PT5M", "PT30M", "PT2H", "PT5H", "PT10H", "PT10H")
                    .map(Duration::parse)
                    .toList());

    @Test
    void theDefaultKeepsTryingForMoreThanADayInEightAttempts() {
        assertEquals(8, DEFAULT.maxAttempts());
        assertTrue(DEFAULT.span().compareTo(Duration.ofHours(24)) > 0, DEFAULT.span()::toString);
        // even with every pause cut by the full fifth of jitter
        assertTrue(DEFAULT.span().multipliedBy(4).dividedBy(5).compareTo(Duration.ofHours(22)) > 0);
    }

    @Test
    void pausesFollowTheScheduleWithAFifthOfJitter() {
        assertEquals(NOW.plusSeconds(4), DEFAULT.next(1, NOW, () -> 0.0));
        assertEquals(NOW.plusSeconds(6), DEFAULT.next(1, NOW, () -> 1.0));
        assertEquals(NOW.plus(Duration.ofMinutes(5)), DEFAULT.next(2, NOW, () -> 0.5));
        assertEquals(NOW.plus(Duration.ofHours(10)), DEFAULT.next(7, NOW, () -> 0.5));
    }

    @Test
    void afterTheLastAttemptThereIsNone() {
        assertNull(DEFAULT.next(8, NOW, () -> 0.5));
        assertNull(new RetryPlan(List.of()).next(1, NOW, () -> 0.5));
    }
}
