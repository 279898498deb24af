package sa.fatoora.gateway.tenant.control;

import jakarta.enterprise.context.RequestScoped;
import sa.fatoora.gateway.platform.control.AuthenticationRequiredException;

/**
 * The tenant the current request's API key belongs to; every query is scoped to it. Also who presented which key
 * (the key's id, or the administrator key), for the audit trail's actor.
 */
@RequestScoped
public class CurrentTenant {

    private Long tenantId;
    private Long keyId;
    private boolean admin;

    public void set(Long tenantId) {
        this.tenantId = tenantId;
    }

    public void set(Long tenantId, Long keyId) {
        this.tenantId = tenantId;
        this.keyId = keyId;
    }

    /** The request presented the administrator key. */
    public void admin() {
        this.admin = true;
    }

    public Long id() {
        if (tenantId == null) {
            throw new AuthenticationRequiredException("A tenant API key is required");
        }
        return tenantId;
    }

    /** The id of the tenant key the request presented; null for none or the administrator key. */
    public Long keyId() {
        return keyId;
    }

    public boolean isAdmin() {
        return admin;
    }
}
