package sa.fatoora.gateway.invoice.control;

import java.time.Duration;
import java.time.Instant;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

/**
 * Simplified (B2C) documents must be reported within 24 hours of issue (zatca-facts section 4; BR-KSA-98 warns
 * after that). Standard documents have no such deadline: they are cleared before they go to the buyer.
 */
public final class ReportingDeadline {

    public static final Duration WINDOW = Duration.ofHours(24);

    private ReportingDeadline() {}

    public static Instant of(InvoiceSubtype subtype, Instant issuedAt) {
        return subtype == InvoiceSubtype.SIMPLIFIED ? issuedAt.plus(WINDOW) : null;
    }

    /** Still PENDING and its deadline is within {@code margin} from now, or already past. */
    public static boolean atRisk(InvoiceStatus status, Instant deadline, Instant now, Duration margin) {
        return status == InvoiceStatus.PENDING
                && deadline != null
                && !now.plus(margin).isBefore(deadline);
    }

    /**
     * Why a PENDING document is at risk, or null when it is not: its reporting deadline is near or past, or Fatoora
     * has not taken it in {@code maxAttempts} attempts (a document too large to get through in time, an outage).
     * The outbox keeps sending the same signed document either way; this only makes it visible.
     */
    public static String atRiskReason(
            InvoiceStatus status,
            Instant deadline,
            int attempts,
            String lastError,
            Instant now,
            Duration margin,
            int maxAttempts) {
        if (status != InvoiceStatus.PENDING) {
            return null;
        }
        if (atRisk(status, deadline, now, margin)) {
            return now.isBefore(deadline)
                    ? "Not reported yet; the 24-hour reporting deadline is " + deadline
                    : "Not reported by its 24-hour reporting deadline, " + deadline;
        }
        if (attempts >= maxAttempts) {
            return "Fatoora has not taken it in " + attempts + " attempts"
                    + (lastError == null ? "" : "; the last: " + lastError);
        }
        return null;
    }
}
