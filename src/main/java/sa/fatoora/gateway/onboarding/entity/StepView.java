package sa.fatoora.gateway.onboarding.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A recorded step as the API shows it, with ZATCA's answer in short ({@code httpStatus}, status word, summary). */
@JsonbPropertyOrder({
    "step",
    "document",
    "status",
    "attempts",
    "startedAt",
    "finishedAt",
    "httpStatus",
    "zatcaStatus",
    "summary"
})
public record StepView(
        StepKind step,
        ComplianceDocument document,
        StepStatus status,
        int attempts,
        Instant startedAt,
        Instant finishedAt,
        Integer httpStatus,
        String zatcaStatus,
        String summary) {

    public static StepView of(OnboardingStep s) {
        return new StepView(
                s.getStep(),
                s.getDocument(),
                s.getStatus(),
                s.getAttempts(),
                s.getStartedAt(),
                s.getFinishedAt(),
                s.getHttpStatus(),
                s.getZatcaStatus(),
                s.getSummary());
    }
}
