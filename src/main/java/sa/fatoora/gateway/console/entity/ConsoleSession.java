package sa.fatoora.gateway.console.entity;

import java.time.Instant;
import sa.fatoora.gateway.tenant.entity.KeyRole;

/**
 * A signed-in browser: the tenant and key it signed in with (never the key itself), the key's role, its CSRF token,
 * its language, and when it was last used (the idle timeout counts from there). A session of the administrator key
 * has no key role and no tenant of its own: it sees the tenant it chose to view ({@link #view}), and changes nothing
 * inside a tenant (the administrator's REST API has no tenant changes either); its own changes are the tenants, their
 * keys and the rule packs.
 */
public final class ConsoleSession {

    /** The role shown and checked for a session of the administrator key. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private final String id;
    private final boolean administrator;
    private final Long keyId;
    private final KeyRole role;
    private final String csrfToken;
    private volatile Long tenantId;
    private volatile String tenantName;
    private volatile String language;
    private volatile Instant lastSeen;

    private ConsoleSession(
            String id,
            boolean administrator,
            Long tenantId,
            Long keyId,
            KeyRole role,
            String csrfToken,
            String language,
            Instant now) {
        this.id = id;
        this.administrator = administrator;
        this.tenantId = tenantId;
        this.keyId = keyId;
        this.role = role;
        this.csrfToken = csrfToken;
        this.language = language;
        this.lastSeen = now;
    }

    /** A tenant key's session: bound to its tenant for good. */
    public static ConsoleSession ofKey(
            String id, Long tenantId, Long keyId, KeyRole role, String csrfToken, String language, Instant now) {
        return new ConsoleSession(id, false, tenantId, keyId, role, csrfToken, language, now);
    }

    /** The administrator key's session: no tenant until one is chosen. */
    public static ConsoleSession ofAdministrator(String id, String csrfToken, String language, Instant now) {
        return new ConsoleSession(id, true, null, null, null, csrfToken, language, now);
    }

    public void seen(Instant now) {
        this.lastSeen = now;
    }

    public void language(String language) {
        this.language = language;
    }

    /** The administrator views another tenant; a tenant key's session never leaves its own. */
    public void view(Long tenantId, String tenantName) {
        if (!administrator) {
            throw new IllegalStateException("a tenant key's session is bound to its tenant");
        }
        this.tenantName = tenantName;
        this.tenantId = tenantId;
    }

    public String id() {
        return id;
    }

    public boolean administrator() {
        return administrator;
    }

    /** The tenant whose pages this session sees; null for an administrator who has not chosen one yet. */
    public Long tenantId() {
        return tenantId;
    }

    /** The name of the tenant an administrator views (null otherwise: a tenant's own pages don't name it). */
    public String viewing() {
        return administrator ? tenantName : null;
    }

    public Long keyId() {
        return keyId;
    }

    /** The key's role; null for the administrator (see {@link #roleName}). */
    public KeyRole role() {
        return role;
    }

    /** OPERATOR, AUDITOR or ADMINISTRATOR: what the pages show and check ("OPERATOR" alone may change a tenant). */
    public String roleName() {
        return administrator ? ADMINISTRATOR : role.name();
    }

    public String csrfToken() {
        return csrfToken;
    }

    public String language() {
        return language;
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
