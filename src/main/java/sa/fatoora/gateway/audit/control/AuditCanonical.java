package sa.fatoora.gateway.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import sa.fatoora.gateway.audit.entity.AuditView;

/**
 * The canonical form of a sealed audit record, and its hash (README "Audit trail"). UTF-8 text, one
 * {@code name=value} line per field, each ending in {@code \n}, in this order:
 *
 * <pre>
 * fatoora-audit-v1
 * id=42
 * sequence=7
 * occurredAt=2026-12-06T12:00:00.123456Z      (Instant.toString, UTC)
 * actor=api-key:3
 * tenant=5                                     (empty line value "\0" when null, as every null)
 * egsUnit=12
 * subject=invoice:99
 * type=INVOICE_SIGNED
 * outcome=SUCCEEDED
 * detail=...
 * previousHash=&lt;64 hex digits; 64 zeros for the first record of a chain&gt;
 * </pre>
 *
 * A null value is written as {@code \0} (backslash, zero); in values, backslash, newline and carriage return are
 * written {@code \\}, {@code \n}, {@code \r}, so no value can pose as another field. The hash is the lower-case hex
 * SHA-256 of those bytes.
 */
public final class AuditCanonical {

    public static final String VERSION = "fatoora-audit-v1";

    private AuditCanonical() {}

    /** The canonical form of a record at {@code sequence} after {@code previousHash} (its own hash fields unused). */
    public static String form(AuditView r, long sequence, String previousHash) {
        StringBuilder s = new StringBuilder(256).append(VERSION).append('\n');
        field(s, "id", r.id());
        field(s, "sequence", sequence);
        field(s, "occurredAt", r.occurredAt());
        field(s, "actor", r.actor());
        field(s, "tenant", r.tenantId());
        field(s, "egsUnit", r.egsUnitId());
        field(s, "subject", r.subject());
        field(s, "type", r.type());
        field(s, "outcome", r.outcome());
        field(s, "detail", r.detail());
        field(s, "previousHash", previousHash);
        return s.toString();
    }

    /** The hash a record at {@code sequence} after {@code previousHash} must carry. */
    public static String hash(AuditView r, long sequence, String previousHash) {
        return sha256(form(r, sequence, previousHash));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder s, String name, Object value) {
        s.append(name).append('=');
        if (value == null) {
            s.append("\\0");
        } else {
            String v = value.toString();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    case '\r' -> s.append("\\r");
                    default -> s.append(c);
                }
            }
        }
        s.append('\n');
    }
}
