package sa.fatoora.gateway.onboarding.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The two-step endpoint's fields, as the product's original design named them. Step 1: {@code csr},
 * {@code private_key}, {@code organization_name}, {@code vat_number} (and optionally {@code egs_unit_id}); step 2:
 * {@code request_id} and {@code otp}. {@code toString} leaves out the key and the OTP.
 */
public record LegacySubmission(
        @JsonbProperty("csr") String csr,
        @JsonbProperty("private_key") String privateKey,
        @JsonbProperty("organization_name") String organizationName,
        @JsonbProperty("vat_number") String vatNumber,
        @JsonbProperty("egs_unit_id") Long egsUnitId,
        @JsonbProperty("otp") String otp,
        @JsonbProperty("request_id") String requestId) {

    public boolean isStepTwo() {
        return requestId != null && !requestId.isBlank();
    }

    @Override
    public String toString() {
        return "LegacySubmission[requestId=" + requestId + ", egsUnitId=" + egsUnitId + "]";
    }
}
