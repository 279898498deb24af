package sa.fatoora.gateway.onboarding.control;

import sa.fatoora.gateway.onboarding.entity.ComplianceDocument;
import sa.fatoora.gateway.platform.control.GatewayException;

/** ZATCA did not pass one of the compliance documents; the step's summary holds its messages. */
public class ComplianceCheckFailedException extends GatewayException {

    public ComplianceCheckFailedException(ComplianceDocument document, int httpStatus, String summary) {
        super(
                "ZATCA_COMPLIANCE_CHECK_FAILED",
                400,
                "ZATCA compliance check failed",
                "ZATCA answered " + httpStatus + " to the compliance " + document
                        + (summary == null ? "" : ": " + summary));
    }
}
