package sa.fatoora.gateway.zatca.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/**
 * Fatoora refused an onboarding call with one of its error codes (Invalid-OTP, Invalid-CSR,
 * Missing-ComplianceSteps, ...). An OTP problem is 403 as the product's original API promised; the rest are 400.
 */
public class FatooraRequestRejectedException extends GatewayException {

    private final int fatooraStatus;
    private final String fatooraCode;

    public FatooraRequestRejectedException(int fatooraStatus, String fatooraCode, String fatooraMessage) {
        super(
                isOtp(fatooraCode) ? "ZATCA_INVALID_OTP" : "ZATCA_REQUEST_REJECTED",
                isOtp(fatooraCode) ? 403 : 400,
                "ZATCA refused the request",
                "ZATCA answered " + fatooraStatus + " " + (fatooraCode == null ? "" : fatooraCode + ": ")
                        + (fatooraMessage == null ? "" : fatooraMessage));
        this.fatooraStatus = fatooraStatus;
        this.fatooraCode = fatooraCode;
    }

    private static boolean isOtp(String code) {
        return code != null && code.endsWith("-OTP");
    }

    public int fatooraStatus() {
        return fatooraStatus;
    }

    public String fatooraCode() {
        return fatooraCode;
    }
}
