package sa.fatoora.gateway.validation.entity;

import java.util.List;

/**
 * The outcome of validating one document.
 *
 * <p>{@code valid} is true when no stage failed and at least one stage actually ran. Stages that did not run are
 * listed with status NOT_RUN and their reason, so a caller can see exactly what was and was not checked; they do
 * not make the document invalid (the product runs without the rule files), but a report in which nothing ran is
 * never valid, because nothing was checked.
 *
 * @param invoiceHash the document's invoice hash (base64 SHA-256), null until a stage computes it
 * @param stages      one result per stage, in {@link Stage} order
 */
public record ValidationReport(boolean valid, String invoiceHash, List<StageResult> stages) {

    public ValidationReport {
        stages = List.copyOf(stages);
    }

    public static ValidationReport of(String invoiceHash, List<StageResult> stages) {
        boolean anyRan = stages.stream().anyMatch(s -> s.status() != StageStatus.NOT_RUN);
        boolean anyFailed = stages.stream()
                .anyMatch(s -> s.status() == StageStatus.FAILED || !s.errors().isEmpty());
        return new ValidationReport(anyRan && !anyFailed, invoiceHash, stages);
    }
}
