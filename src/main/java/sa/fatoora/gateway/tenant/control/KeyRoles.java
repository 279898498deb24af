package sa.fatoora.gateway.tenant.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.tenant.entity.KeyRole;

/**
 * Key roles: parsing the requested one, and what a read-only (AUDITOR) key may call. It may read (GET, HEAD,
 * OPTIONS) and use the few POSTs that store nothing and change nothing: validating a document, checking an invoice,
 * rendering a PDF from a document it brings.
 */
public final class KeyRoles {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> STATELESS_POSTS =
            Set.of("api/v1/validation", "api/v1/invoices/check", "api/v1/pdf");

    private KeyRoles() {}

    public static KeyRole parse(String role) {
        if (role == null || role.isBlank()) {
            return KeyRole.OPERATOR;
        }
        try {
            return KeyRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw (ValidationFailedException)
                    ValidationFailedException.of("/role", "role: one of " + Arrays.toString(KeyRole.values()))
                            .causedBy(e);
        }
    }

    /** Whether a key of this role may make this request ({@code path} without the leading slash). */
    public static boolean allows(KeyRole role, String method, String path) {
        if (role != KeyRole.AUDITOR || READS.contains(method)) {
            return true;
        }
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return "POST".equals(method) && STATELESS_POSTS.contains(p);
    }
}
