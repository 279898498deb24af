package sa.fatoora.gateway.onboarding.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** Step 1's answer: the request id to send with the OTP, and what to do next. */
@JsonbPropertyOrder({"requestId", "egsUnitId", "expiresAt", "nextStep"})
public record LegacyStepOne(
        @JsonbProperty("requestID") String requestId,
        @JsonbProperty("egs_unit_id") Long egsUnitId,
        @JsonbProperty("expires_at") Instant expiresAt,
        @JsonbProperty("next_step") String nextStep) {}
