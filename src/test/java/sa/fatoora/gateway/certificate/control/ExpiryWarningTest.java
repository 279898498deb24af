package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiryWarningTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static Optional<ExpiryWarning> left(Duration d) {
        return ExpiryWarning.due(NOW.plus(d), NOW);
    }

    @Test
    void theTightestReachedThresholdIsDue() {
        assertEquals(Optional.empty(), left(Duration.ofDays(31)));
        assertEquals(Optional.of(ExpiryWarning.THIRTY_DAYS), left(Duration.ofDays(30)));
        assertEquals(Optional.of(ExpiryWarning.THIRTY_DAYS), left(Duration.ofDays(8)));
        assertEquals(Optional.of(ExpiryWarning.SEVEN_DAYS), left(Duration.ofDays(7)));
        assertEquals(Optional.of(ExpiryWarning.SEVEN_DAYS), left(Duration.ofHours(25)));
        assertEquals(Optional.of(ExpiryWarning.ONE_DAY), left(Duration.ofDays(1)));
        assertEquals(Optional.of(ExpiryWarning.ONE_DAY), left(Duration.ofSeconds(1)));
    }

    @Test
    void anExpiredCertificateGetsNoWarningButIsMarkedExpired() {
        assertEquals(Optional.empty(), left(Duration.ZERO));
        assertEquals(Optional.empty(), left(Duration.ofDays(-3)));
    }
}
