package sa.fatoora.gateway.signing.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fresh SHA-256 for each use, cloned from one looked up once: {@code MessageDigest.getInstance} searches the
 * providers on every call, which cost as much as hashing the SignedProperties text. A clone shares no state.
 */
final class Sha256 {

    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {}

    static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    static byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }
}
