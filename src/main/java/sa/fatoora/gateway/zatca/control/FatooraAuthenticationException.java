package sa.fatoora.gateway.zatca.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** Fatoora (or the OAuth gateway in front of it) refused the credentials even after they were loaded again. */
public class FatooraAuthenticationException extends GatewayException {

    public FatooraAuthenticationException(String detail) {
        super("ZATCA_AUTHENTICATION_FAILED", 401, "ZATCA authentication failed", detail);
    }
}
