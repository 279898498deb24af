package sa.fatoora.gateway.certificate.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/**
 * A stored ciphertext does not open: another master key sealed it, or the row was altered. Not the caller's fault
 * and not retryable by them; the detail names the purpose (a row id and a field name), never key material.
 */
public class KeyDecryptionException extends GatewayException {

    public KeyDecryptionException(String purpose) {
        super(
                "KEY_DECRYPTION_FAILED",
                500,
                "Stored key cannot be decrypted",
                "The stored " + purpose + " cannot be decrypted with the configured master key"
                        + " (FATOORA_MASTER_KEY differs from the one that encrypted it, or the stored value was"
                        + " altered)");
    }
}
