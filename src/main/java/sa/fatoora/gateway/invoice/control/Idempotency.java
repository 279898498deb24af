package sa.fatoora.gateway.invoice.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.platform.control.ConflictException;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

/**
 * Idempotency per EGS unit: the caller's {@code Idempotency-Key}, or else the invoice number (an ERP that resends
 * the same invoice gets the first result, not a second document with a new ICV). The request's digest tells a
 * true repeat from a different request under a used key.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Jsonb CANONICAL = JsonbBuilder.create(
            new JsonbConfig().withNullValues(false).withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private Idempotency() {}

    /** The stored key: {@code key:<header>} or {@code invoice:<number>}, so the two can never collide. */
    public static String key(String header, String invoiceNumber) {
        if (header == null) {
            return "invoice:" + invoiceNumber;
        }
        if (!KEY.matcher(header).matches()) {
            throw ValidationFailedException.of(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return "key:" + header;
    }

    /** The request as the digest sees it: fixed property order, no nulls, so equal requests read the same. */
    public static String canonicalJson(InvoiceRequest request) {
        return CANONICAL.toJson(request);
    }

    /** Hex SHA-256 of the parts, each terminated by a line break. */
    public static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The repeat of an earlier request must be the same request. */
    public static void requireSameRequest(String storedDigest, String digest, boolean headerKey, Long invoiceId) {
        if (storedDigest.equals(digest)) {
            return;
        }
        throw new ConflictException(
                "IDEMPOTENCY_CONFLICT",
                headerKey
                        ? "This Idempotency-Key was used for a different request (invoice " + invoiceId
                                + "); use a new key for a new document"
                        : "This unit already issued that invoice number with different content (invoice " + invoiceId
                                + "); use a new invoice number, or an Idempotency-Key to issue a correction");
    }
}
