package sa.fatoora.gateway.tenant.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Key material: 256 random bits, base64url, with a fixed prefix so that secret scanners recognise leaked keys.
 * Keys carry full entropy, so one SHA-256 is a sound storage hash (no slow KDF needed, unlike passwords).
 */
public final class ApiKeys {

    /** The header every /api/v1 call (and the simulator's admin calls) carries its key in. */
    public static final String HEADER = "X-API-Key";

    static final String PREFIX = "fgw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** What people see in listings: enough to tell keys apart, far too little to guess one. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(key.length(), PREFIX.length() + 6));
    }

    /** Constant-time comparison of two secrets of any length. */
    public static boolean matches(String presented, String expected) {
        if (presented == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sha256(presented.getBytes(StandardCharsets.UTF_8)), sha256(expected.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
