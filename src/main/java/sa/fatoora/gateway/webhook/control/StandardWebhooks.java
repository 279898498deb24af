package sa.fatoora.gateway.webhook.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signing scheme (standardwebhooks.com), so that receivers verify with its existing
 * libraries: the secret is {@code whsec_} + base64 of the key; the signature is
 * {@code v1,} + base64(HMAC-SHA256(key, id + "." + timestamp + "." + body)), with {@code timestamp} in seconds since
 * the epoch; several signatures (a rotation's overlap) are separated by spaces in one {@code webhook-signature}.
 */
public final class StandardWebhooks {

    public static final String PREFIX = "whsec_";
    public static final String HEADER_ID = "webhook-id";
    public static final String HEADER_TIMESTAMP = "webhook-timestamp";
    public static final String HEADER_SIGNATURE = "webhook-signature";
    static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {}

    /** A new secret, {@code whsec_} + base64 of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key inside a secret. */
    public static byte[] key(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a Standard Webhooks secret starts with " + PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    /** {@code v1,<base64>} for one secret. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        return sign(key(secret), id, timestampSeconds, body);
    }

    /** {@code v1,<base64>} for one key (the bytes inside a secret). */
    public static String sign(byte[] key, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is mandatory in every JDK", e);
        }
    }

    /** The {@code webhook-signature} value: one signature per key, space-separated, newest first. */
    public static String signatures(List<byte[]> keys, String id, long timestampSeconds, String body) {
        return keys.stream().map(k -> sign(k, id, timestampSeconds, body)).collect(Collectors.joining(" "));
    }
}
