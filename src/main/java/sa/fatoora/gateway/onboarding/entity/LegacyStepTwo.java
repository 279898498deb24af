package sa.fatoora.gateway.onboarding.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * Step 2's answer: the production certificate (PEM; never the key or the CSID secret) and ZATCA's answers, the
 * production CSID's requestID and disposition and every recorded step.
 */
@JsonbPropertyOrder({"requestId", "egsUnitId", "status", "certificateId", "certificate", "zatcaResponse"})
public record LegacyStepTwo(
        @JsonbProperty("requestID") String requestId,
        @JsonbProperty("egs_unit_id") Long egsUnitId,
        @JsonbProperty("status") OnboardingStatus status,
        @JsonbProperty("certificate_id") Long certificateId,
        @JsonbProperty("certificate") String certificate,
        @JsonbProperty("zatca_response") ZatcaResponse zatcaResponse) {

    @JsonbPropertyOrder({"requestId", "dispositionMessage", "steps"})
    public record ZatcaResponse(
            @JsonbProperty("requestID") Long requestId,
            @JsonbProperty("dispositionMessage") String dispositionMessage,
            @JsonbProperty("steps") List<StepView> steps) {}
}
