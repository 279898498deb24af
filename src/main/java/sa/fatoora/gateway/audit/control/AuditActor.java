package sa.fatoora.gateway.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who acts in the current request, as the audit trail names it: {@code api-key:<id>} for a tenant's key,
 * {@code admin} for the administrator key. Set by the API key filter once a key is accepted; outside a request
 * (timers, the outbox) or before authentication, the actor is {@code system}.
 */
@RequestScoped
public class AuditActor {

    public static final String SYSTEM = "system";
    public static final String ADMIN = "admin";

    private String actor;
    private Long tenantId;

    public void tenantKey(Long tenantId, Long keyId) {
        this.tenantId = tenantId;
        this.actor = "api-key:" + keyId;
    }

    public void admin() {
        this.tenantId = null;
        this.actor = ADMIN;
    }

    public String name() {
        return actor == null ? SYSTEM : actor;
    }

    /** The tenant of the presented key; null for the administrator or no key. */
    public Long tenantId() {
        return tenantId;
    }

    public boolean isAdmin() {
        return ADMIN.equals(actor);
    }
}
