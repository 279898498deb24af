package sa.fatoora.gateway.validation.entity;

import java.util.List;
import java.util.Objects;

/**
 * What one stage found. A stage FAILS when it found at least one error; warnings never fail it.
 *
 * @param reason why the stage did not run; null unless the status is NOT_RUN
 */
public record StageResult(
        Stage stage, StageStatus status, List<Message> errors, List<Message> warnings, String reason) {

    public StageResult {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (status == StageStatus.NOT_RUN && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a stage that did not run must say why");
        }
        if (status == StageStatus.PASSED && !errors.isEmpty()) {
            throw new IllegalArgumentException("a stage with errors cannot pass");
        }
    }

    /** The status follows from the findings: any error fails the stage. */
    public static StageResult of(Stage stage, List<Message> errors, List<Message> warnings) {
        return new StageResult(
                stage, errors.isEmpty() ? StageStatus.PASSED : StageStatus.FAILED, errors, warnings, null);
    }

    public static StageResult notRun(Stage stage, String reason) {
        return new StageResult(stage, StageStatus.NOT_RUN, List.of(), List.of(), reason);
    }
}
