package sa.fatoora.gateway.zatca.entity.wire;

/** ZATCA's error body for the onboarding calls, e.g. {@code {"code":"Invalid-OTP","message":"..."}}. */
public record ErrorResponse(String code, String message) {}
