package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

class ReportingDeadlineTest {

    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    static final Duration MARGIN = Duration.ofHours(4);

    static String reason(InvoiceStatus status, Instant deadline, int attempts, String lastError) {
        return ReportingDeadline.atRiskReason(status, deadline, attempts, lastError, NOW, MARGIN, 5);
    }

    @Test
    void simplifiedDocumentsHaveTwentyFourHoursStandardOnesNone() {
        assertEquals(NOW.plus(Duration.ofHours(24)), ReportingDeadline.of(InvoiceSubtype.SIMPLIFIED, NOW));
        assertNull(ReportingDeadline.of(InvoiceSubtype.STANDARD, NOW));
    }

    @Test
    void aPendingDocumentNearOrPastItsDeadlineIsAtRisk() {
        assertNull(reason(InvoiceStatus.PENDING, NOW.plus(Duration.ofHours(5)), 1, null), "5 h left, margin 4 h");
        assertEquals(
                "Not reported yet; the 24-hour reporting deadline is 2026-12-06T12:00:00Z",
                reason(InvoiceStatus.PENDING, NOW.plus(Duration.ofHours(3)), 1, null));
        assertEquals(
                "Not reported by its 24-hour reporting deadline, 2026-12-06T08:00:00Z",
                reason(InvoiceStatus.PENDING, NOW.minus(Duration.ofHours(1)), 1, null));
    }

    @Test
    void aPendingDocumentFatooraKeepsNotTakingIsAtRiskWhateverItsDeadline() {
        String timeout = "ZATCA SANDBOX could not be reached: the call timed out";
        assertNull(reason(InvoiceStatus.PENDING, null, 4, timeout), "4 of 5 attempts");
        assertEquals(
                "Fatoora has not taken it in 5 attempts; the last: " + timeout,
                reason(InvoiceStatus.PENDING, null, 5, timeout),
                "a standard document has no deadline, and is at risk all the same");
        assertEquals(
                "Fatoora has not taken it in 7 attempts",
                reason(InvoiceStatus.PENDING, NOW.plus(Duration.ofHours(20)), 7, null));
    }

    @Test
    void onlyPendingDocumentsAreAtRisk() {
        for (InvoiceStatus status : InvoiceStatus.values()) {
            if (status != InvoiceStatus.PENDING) {
                assertNull(reason(status, NOW.minus(Duration.ofHours(1)), 9, "x"), status.name());
            }
        }
    }
}
