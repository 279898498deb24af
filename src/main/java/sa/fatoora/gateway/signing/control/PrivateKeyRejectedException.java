package sa.fatoora.gateway.signing.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/**
 * A private key the key codec cannot read ({@code INVALID_KEY_FORMAT}) or reads as a type ZATCA does not use
 * ({@code UNSUPPORTED_KEY_TYPE}). The detail names what was sent (armour, structure, key type), never key material.
 * Callers with refusals of their own (certificate upload, the signer, onboarding) turn it into theirs.
 */
public class PrivateKeyRejectedException extends GatewayException {

    private final boolean unsupported;

    private PrivateKeyRejectedException(boolean unsupported, String detail) {
        super(
                unsupported ? "UNSUPPORTED_KEY_TYPE" : "INVALID_KEY_FORMAT",
                400,
                unsupported ? "Unsupported key type" : "Private key cannot be read",
                detail);
        this.unsupported = unsupported;
    }

    static PrivateKeyRejectedException unreadable(String detail) {
        return new PrivateKeyRejectedException(false, detail);
    }

    static PrivateKeyRejectedException unsupported(String detail) {
        return new PrivateKeyRejectedException(true, detail);
    }

    /** The key was read, and its type or form is not one ZATCA certificates use. */
    public boolean unsupported() {
        return unsupported;
    }
}
