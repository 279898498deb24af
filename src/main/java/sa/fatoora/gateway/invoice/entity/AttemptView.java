package sa.fatoora.gateway.invoice.entity;

import java.time.Instant;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

/** One call to Fatoora as the API shows it; {@code httpStatus} is absent when Fatoora was not reached. */
public record AttemptView(
        SubmissionAction route,
        Instant requestedAt,
        long durationMillis,
        Integer httpStatus,
        String outcome,
        String error) {

    public static AttemptView of(SubmissionAttempt a) {
        return new AttemptView(
                a.getRoute(),
                a.getRequestedAt(),
                a.getDurationMillis(),
                a.getHttpStatus(),
                a.getOutcome(),
                a.getError());
    }
}
