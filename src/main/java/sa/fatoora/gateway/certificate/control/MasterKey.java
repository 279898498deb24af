package sa.fatoora.gateway.certificate.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under one 32-byte key (JDK only). A ciphertext is {@code version | 96-bit nonce | data + 128-bit tag};
 * the version byte and the caller's purpose (e.g. {@code FG_CERTIFICATE/42/7/private-key}) are the associated
 * data, so a ciphertext copied to another row or column fails to decrypt instead of yielding someone else's key.
 * The version byte names the master key generation: a later rotation adds version 2 and keeps 1 for decryption.
 */
final class MasterKey {

    static final int KEY_BYTES = 32;
    static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private MasterKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** @throws IllegalArgumentException with a message safe to log: it names lengths, never the value */
    static MasterKey fromBase64(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "must decode to exactly " + KEY_BYTES + " bytes (AES-256), but decodes to " + raw.length);
        }
        return new MasterKey(raw);
    }

    static String generateBase64() {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    byte[] encrypt(byte[] plain, String purpose) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(VERSION, purpose));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is mandatory in every JDK", e);
        }
    }

    /** @throws KeyDecryptionException when the data was altered, bound to another purpose, or sealed by another key */
    byte[] decrypt(byte[] sealed, String purpose) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            throw new KeyDecryptionException(purpose);
        }
        if (sealed[0] != VERSION) {
            throw new KeyDecryptionException(purpose);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(sealed[0], purpose));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new KeyDecryptionException(purpose).causedBy(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is mandatory in every JDK", e);
        }
    }

    private static byte[] associatedData(byte version, String purpose) {
        byte[] text = purpose.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + text.length).put(version).put(text).array();
    }
}
