package sa.fatoora.gateway.zatca.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/**
 * The OAuth layer cannot give a token for a reason retrying will not fix: the client is not configured (500, the
 * message names the variables to set) or the token endpoint refused the request in a way other than bad
 * credentials (502). Bad credentials are {@link FatooraAuthenticationException}; timeouts and outages are
 * {@link FatooraUnavailableException}.
 */
public class ZatcaOAuthException extends GatewayException {

    private ZatcaOAuthException(String code, int status, String title, String detail) {
        super(code, status, title, detail);
    }

    public static ZatcaOAuthException notConfigured(String detail) {
        return new ZatcaOAuthException("ZATCA_OAUTH_NOT_CONFIGURED", 500, "ZATCA OAuth not configured", detail);
    }

    public static ZatcaOAuthException refused(String detail) {
        return new ZatcaOAuthException("ZATCA_OAUTH_FAILED", 502, "ZATCA OAuth token request failed", detail);
    }
}
