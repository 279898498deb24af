package sa.fatoora.gateway.onboarding.entity;

import jakarta.validation.constraints.Pattern;

/**
 * Body of the onboarding and renewal calls. The OTP comes from the Fatoora portal (sandbox and simulator: 123345)
 * and is used only by the step that needs it; a retry past that step may omit it.
 */
public record OtpRequest(@Pattern(regexp = "\\d{4,10}", message = "must be the portal's numeric OTP") String otp) {

    @Override
    public String toString() {
        return "OtpRequest[***]";
    }
}
