package sa.fatoora.gateway.validation.entity;

import java.util.List;

/**
 * The outcome of validating one document.
 *
 * <p>{@code valid} is true only when every stage ran and passed: a stage that did not run (NOT_RUN, with its
 * reason) makes the report not valid, because nothing checked what that stage checks. The one part of a check
 * that may be missing from a valid report is the chain link: without the previous document's hash, the PIH stage
 * checks only the PIH's form, and {@code pihChecked} is false.
 *
 * @param invoiceHash the document's invoice hash (base64 SHA-256) as ZATCA computes it; null if it can't be hashed
 * @param rulePack    the rules the XSD and schematron stages used; null when no pack could be had
 * @param pihChecked  whether the PIH was compared with the previous document's hash (not only its form)
 * @param stages      one result per stage, in {@link Stage} order
 */
public record ValidationReport(
        boolean valid, String invoiceHash, RulePackInfo rulePack, boolean pihChecked, List<StageResult> stages) {

    public ValidationReport {
        stages = List.copyOf(stages);
    }

    public static ValidationReport of(
            String invoiceHash, RulePackInfo rulePack, boolean pihChecked, List<StageResult> stages) {
        boolean allPassed = !stages.isEmpty()
                && stages.stream()
                        .allMatch(s ->
                                s.status() == StageStatus.PASSED && s.errors().isEmpty());
        return new ValidationReport(allPassed, invoiceHash, rulePack, pihChecked, stages);
    }
}
