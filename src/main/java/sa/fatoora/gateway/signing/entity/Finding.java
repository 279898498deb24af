package sa.fatoora.gateway.signing.entity;

/** One result of a signature or QR check; {@code ruleId} follows the ZATCA SDK message codes where one exists. */
public record Finding(String ruleId, String message, Severity severity) {

    public static Finding error(String ruleId, String message) {
        return new Finding(ruleId, message, Severity.ERROR);
    }

    public static Finding warning(String ruleId, String message) {
        return new Finding(ruleId, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
