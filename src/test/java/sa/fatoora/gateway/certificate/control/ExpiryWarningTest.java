package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiryWarningTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final ExpiryWarning DEFAULTS = ExpiryWarning.of(ExpiryWarning.DEFAULT_DAYS);

    static Optional<String> left(ExpiryWarning warnings, Duration d) {
        return warnings.due(NOW.plus(d), NOW);
    }

    @Test
    void theTightestReachedThresholdIsDueUnderTheNamesWarningsAlwaysHad() {
        assertEquals(Optional.empty(), left(DEFAULTS, Duration.ofDays(31)));
        assertEquals(Optional.of("EXPIRY_WARNING_30_DAYS"), left(DEFAULTS, Duration.ofDays(30)));
        assertEquals(Optional.of("EXPIRY_WARNING_30_DAYS"), left(DEFAULTS, Duration.ofDays(8)));
        assertEquals(Optional.of("EXPIRY_WARNING_7_DAYS"), left(DEFAULTS, Duration.ofDays(7)));
        assertEquals(Optional.of("EXPIRY_WARNING_7_DAYS"), left(DEFAULTS, Duration.ofHours(25)));
        assertEquals(Optional.of("EXPIRY_WARNING_1_DAY"), left(DEFAULTS, Duration.ofDays(1)));
        assertEquals(Optional.of("EXPIRY_WARNING_1_DAY"), left(DEFAULTS, Duration.ofSeconds(1)));
        assertEquals(Duration.ofDays(30), DEFAULTS.horizon());
    }

    @Test
    void anExpiredCertificateGetsNoWarningButIsMarkedExpired() {
        assertEquals(Optional.empty(), left(DEFAULTS, Duration.ZERO));
        assertEquals(Optional.empty(), left(DEFAULTS, Duration.ofDays(-3)));
    }

    @Test
    void theDaysAreConfigurableInAnyOrderAndSpacing() {
        ExpiryWarning custom = ExpiryWarning.of(" 14, 60 ,3,14");
        assertEquals(List.of(3, 14, 60), custom.days(), "sorted, each once");
        assertEquals(Duration.ofDays(60), custom.horizon());
        assertEquals(Optional.of("EXPIRY_WARNING_60_DAYS"), left(custom, Duration.ofDays(45)));
        assertEquals(Optional.of("EXPIRY_WARNING_14_DAYS"), left(custom, Duration.ofDays(10)));
        assertEquals(Optional.of("EXPIRY_WARNING_3_DAYS"), left(custom, Duration.ofHours(1)));
        assertEquals(Optional.empty(), left(custom, Duration.ofDays(61)));
        assertEquals(Optional.of("EXPIRY_WARNING_1_DAY"), left(ExpiryWarning.of("1"), Duration.ofHours(2)));
    }

    @Test
    void aWrongSettingIsRefusedSayingWhatIsWrong() {
        for (String wrong : List.of("", " , ", "30,seven", "0", "-1", "367", "1.5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExpiryWarning.of(wrong));
            assertTrue(e.getMessage().startsWith("fatoora.certificates.warning-days: "), e.getMessage());
        }
        assertTrue(
                ExpiryWarning.of("366").due(NOW.plus(Duration.ofDays(300)), NOW).isPresent());
    }

    @Test
    void theMonitorReadsTheSettingAndFallsBackToTheDefaultsOnAWrongOne() {
        ExpiryMonitor monitor = new ExpiryMonitor();
        monitor.warningDays = "90,14";
        monitor.readSettings();
        assertEquals(List.of(14, 90), monitor.warningDays());
        monitor.warningDays = "14,fortnight";
        monitor.readSettings();
        assertEquals(List.of(1, 7, 30), monitor.warningDays(), "logged as SEVERE, the defaults used");
    }
}
