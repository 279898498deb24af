package sa.fatoora.gateway.onboarding.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** The two-step endpoint's own refusals, each with a stable code (the README's error table). */
public class OnboardingRequestException extends GatewayException {

    private OnboardingRequestException(String code, int status, String title, String detail) {
        super(code, status, title, detail);
    }

    static OnboardingRequestException invalidCsr(String detail) {
        return new OnboardingRequestException("INVALID_CSR", 400, "Invalid CSR", detail);
    }

    static OnboardingRequestException invalidVat(String detail) {
        return new OnboardingRequestException("INVALID_VAT_NUMBER", 400, "Invalid VAT number", detail);
    }

    static OnboardingRequestException invalidKey(String detail) {
        return new OnboardingRequestException("INVALID_KEY_FORMAT", 400, "Private key cannot be read", detail);
    }

    static OnboardingRequestException keyMismatch(String detail) {
        return new OnboardingRequestException("CSR_KEY_MISMATCH", 400, "Private key does not match the CSR", detail);
    }

    static OnboardingRequestException notFound(String requestId) {
        return new OnboardingRequestException(
                "ONBOARDING_REQUEST_NOT_FOUND",
                404,
                "Onboarding request not found",
                "No onboarding request " + requestId + " exists for this tenant; start with step 1");
    }

    static OnboardingRequestException expired(String requestId) {
        return new OnboardingRequestException(
                "ONBOARDING_REQUEST_EXPIRED",
                404,
                "Onboarding request expired",
                "Onboarding request " + requestId + " has expired; start again with step 1 and a new CSR");
    }
}
