package sa.fatoora.gateway.zatca.entity.wire;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * ZATCA's answer to the compliance, reporting and clearance calls. Absent values are written as null, and
 * {@code qrSellertStatus} is spelled as ZATCA spells it.
 */
@JsonbNillable
@JsonbPropertyOrder({
    "validationResults",
    "reportingStatus",
    "clearanceStatus",
    "clearedInvoice",
    "qrSellertStatus",
    "qrBuyertStatus"
})
public record SubmissionResponse(
        ValidationResults validationResults,
        String reportingStatus,
        String clearanceStatus,
        String clearedInvoice,
        String qrSellertStatus,
        String qrBuyertStatus) {

    public static final String REPORTED = "REPORTED";
    public static final String NOT_REPORTED = "NOT_REPORTED";
    public static final String CLEARED = "CLEARED";
    public static final String NOT_CLEARED = "NOT_CLEARED";

    public static SubmissionResponse reporting(ValidationResults results) {
        return new SubmissionResponse(results, results.passed() ? REPORTED : NOT_REPORTED, null, null, null, null);
    }

    public static SubmissionResponse clearance(ValidationResults results, String clearedInvoice) {
        return new SubmissionResponse(
                results, null, results.passed() ? CLEARED : NOT_CLEARED, clearedInvoice, null, null);
    }
}
