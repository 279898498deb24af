package sa.fatoora.gateway.console.entity;

import java.time.Instant;
import sa.fatoora.gateway.tenant.entity.KeyRole;

/**
 * A signed-in browser: the tenant and key it signed in with (never the key itself), the key's role, its CSRF token,
 * its language, and when it was last used (the idle timeout counts from there).
 */
public final class ConsoleSession {

    private final String id;
    private final Long tenantId;
    private final Long keyId;
    private final KeyRole role;
    private final String csrfToken;
    private volatile String language;
    private volatile Instant lastSeen;

    public ConsoleSession(
            String id, Long tenantId, Long keyId, KeyRole role, String csrfToken, String language, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.keyId = keyId;
        this.role = role;
        this.csrfToken = csrfToken;
        this.language = language;
        this.lastSeen = now;
    }

    public void seen(Instant now) {
        this.lastSeen = now;
    }

    public void language(String language) {
        this.language = language;
    }

    public String id() {
        return id;
    }

    public Long tenantId() {
        return tenantId;
    }

    public Long keyId() {
        return keyId;
    }

    public KeyRole role() {
        return role;
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
