package sa.fatoora.gateway.tenant.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.platform.control.AuthenticationRequiredException;
import sa.fatoora.gateway.tenant.control.AdminKey;
import sa.fatoora.gateway.tenant.control.ApiKeys;
import sa.fatoora.gateway.tenant.control.CurrentTenant;
import sa.fatoora.gateway.tenant.control.KeyRoles;
import sa.fatoora.gateway.tenant.control.ReadOnlyKeyException;
import sa.fatoora.gateway.tenant.control.TenantService;
import sa.fatoora.gateway.tenant.entity.AuthenticatedKey;

/**
 * Every /api/v1 call carries X-API-Key: the administrator key for /api/v1/admin, a tenant key for the rest.
 * Anything else is a 401 that never says whether a key exists. A read-only (AUDITOR) key asking for a change is a
 * 403 before any resource runs (KeyRoles).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    public static final String HEADER = ApiKeys.HEADER;

    @Inject
    AdminKey adminKey;

    @Inject
    TenantService tenants;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.startsWith("api/v1/") && !path.equals("api/v1")) {
            return;
        }
        String key = request.getHeaderString(HEADER);
        if (key == null || key.isBlank()) {
            throw new AuthenticationRequiredException("Missing " + HEADER + " header");
        }
        if (path.startsWith("api/v1/admin/") || path.equals("api/v1/admin")) {
            if (!adminKey.matches(key)) {
                throw new AuthenticationRequiredException("Invalid administrator key");
            }
            currentTenant.admin();
            return;
        }
        AuthenticatedKey found = tenants.authenticateKey(key.strip())
                .orElseThrow(() -> new AuthenticationRequiredException("Invalid or revoked API key"));
        if (!KeyRoles.allows(found.role(), request.getMethod(), path)) {
            throw new ReadOnlyKeyException(request.getMethod());
        }
        currentTenant.set(found.tenantId(), found.keyId());
    }
}
