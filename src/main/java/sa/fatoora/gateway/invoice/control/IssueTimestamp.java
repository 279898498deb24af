package sa.fatoora.gateway.invoice.control;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.platform.control.Riyadh;

/**
 * Issue date and time (BT-2, KSA-25) are Riyadh local time whatever the server's zone: a UTC server would otherwise
 * date documents issued between 00:00 and 03:00 Riyadh time on the previous day.
 */
final class IssueTimestamp {

    private IssueTimestamp() {}

    static LocalDateTime now(Clock clock) {
        return Riyadh.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The request's own date and time when it has them, else now. */
    static LocalDateTime of(InvoiceRequest request, Clock clock) {
        if (request.issueDate() != null && request.issueTime() != null) {
            return LocalDateTime.of(request.issueDate(), request.issueTime()).truncatedTo(ChronoUnit.SECONDS);
        }
        return now(clock);
    }
}
