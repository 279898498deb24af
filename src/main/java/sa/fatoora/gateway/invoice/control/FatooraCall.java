package sa.fatoora.gateway.invoice.control;

import java.time.Instant;
import sa.fatoora.gateway.invoice.entity.SubmissionAttempt;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.FatooraResult;

/**
 * One call to Fatoora for one document, as it went: Fatoora's answer, or why there was none ({@code outcome}
 * UNAVAILABLE, AUTHENTICATION_FAILED or ERROR with a caller-safe {@code error}).
 */
public record FatooraCall(
        Long invoiceId,
        SubmissionAction route,
        Instant requestedAt,
        long durationMillis,
        FatooraResult result,
        String outcome,
        String error) {

    boolean answered() {
        return result != null;
    }

    SubmissionAttempt attempt() {
        return new SubmissionAttempt(
                invoiceId,
                route,
                requestedAt,
                durationMillis,
                result == null ? null : result.httpStatus(),
                result == null ? outcome : result.outcome().name(),
                result == null ? null : MessagesJson.of(result.messages()),
                error);
    }

    String summary() {
        return route.wording() + ": "
                + (result == null
                        ? outcome + " (" + error + ")"
                        : "HTTP " + result.httpStatus() + " " + result.outcome());
    }
}
