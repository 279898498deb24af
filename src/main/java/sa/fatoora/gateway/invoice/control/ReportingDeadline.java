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
}
