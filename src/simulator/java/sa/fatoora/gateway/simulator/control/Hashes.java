package sa.fatoora.gateway.simulator.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Credentials are stored as SHA-256 hashes only; fresh ones come from one SecureRandom. */
final class Hashes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Hashes() {}

    static String sha256Hex(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 32 random bytes in base64, like ZATCA's CSID secrets. */
    static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A 13-digit number, like ZATCA's compliance request ids. */
    static long requestId() {
        return 1_000_000_000_000L + (long) (RANDOM.nextDouble() * 9_000_000_000_000L);
    }

    static String digits(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(RANDOM.nextInt(10));
        }
        return b.toString();
    }
}
