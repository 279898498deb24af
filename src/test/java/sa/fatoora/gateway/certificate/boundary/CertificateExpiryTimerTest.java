package sa.fatoora.gateway.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CertificateExpiryTimerTest {

    @Test
    void theIntervalIsAnIso8601DurationAndNonsenseFallsBackToOneHour() {
        assertEquals(Duration.ofSeconds(30), CertificateExpiryTimer.parse(" PT30S "));
        assertEquals(Duration.ofHours(6), CertificateExpiryTimer.parse("PT6H"));
        assertEquals(Duration.ofHours(1), CertificateExpiryTimer.parse("1h"));
        assertEquals(Duration.ofHours(1), CertificateExpiryTimer.parse("PT0S"));
        assertEquals(Duration.ofHours(1), CertificateExpiryTimer.parse("-PT5M"));
    }
}
