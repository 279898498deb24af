package sa.fatoora.gateway.tenant.control;

import jakarta.enterprise.context.RequestScoped;
import sa.fatoora.gateway.platform.control.AuthenticationRequiredException;

/** The tenant the current request's API key belongs to; every query is scoped to it. */
@RequestScoped
public class CurrentTenant {

    private Long tenantId;

    public void set(Long tenantId) {
        this.tenantId = tenantId;
    }

    public Long id() {
        if (tenantId == null) {
            throw new AuthenticationRequiredException("A tenant API key is required");
        }
        return tenantId;
    }
}
