package sa.fatoora.gateway.signing.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A certificate or private key that cannot be read, is not secp256k1, or the two do not belong together. */
public class SigningCredentialException extends GatewayException {

    public SigningCredentialException(String detail) {
        super("SIGNING_CREDENTIAL_INVALID", 400, "Signing credential invalid", detail);
    }
}
