package sa.fatoora.gateway.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.tenant.control.KeyRoles;
import sa.fatoora.gateway.tenant.control.TenantService;
import sa.fatoora.gateway.tenant.entity.CreatedTenant;
import sa.fatoora.gateway.tenant.entity.IssuedKey;
import sa.fatoora.gateway.tenant.entity.KeyView;
import sa.fatoora.gateway.tenant.entity.TenantView;

/**
 * The administrator's tenant work in the console: what {@code /api/v1/admin/tenants} does, with its checks (the
 * REST API's bean validation of the same fields, written out here because a form is not a validated body), so a
 * refused form answers as the API would and changes nothing.
 */
@ApplicationScoped
public class ConsoleTenants {

    static final int MAX_TEXT = 200; // CreateTenantRequest, CreateKeyRequest

    @Inject
    TenantService tenants;

    public List<TenantView> list() {
        return tenants.list();
    }

    public TenantView get(Long tenantId) {
        return tenants.get(tenantId);
    }

    public List<KeyView> keys(Long tenantId) {
        return tenants.keys(tenantId);
    }

    public CreatedTenant create(String name, String keyLabel) {
        if (name == null || name.isBlank()) {
            throw ValidationFailedException.of("/name", "must not be blank");
        }
        return tenants.create(text("/name", name), text("/keyLabel", keyLabel));
    }

    /** A new key of the tenant, OPERATOR or AUDITOR (a form's select; anything else is refused). */
    public IssuedKey addKey(Long tenantId, String label, String role) {
        return tenants.addKey(tenantId, text("/label", label), KeyRoles.parse(role));
    }

    public void revokeKey(Long tenantId, Long keyId) {
        tenants.revokeKey(tenantId, keyId);
    }

    /** The administrator's session now sees this tenant's pages (unknown tenant: not found, nothing changed). */
    public void view(ConsoleSession session, Long tenantId) {
        session.view(tenantId, tenants.get(tenantId).name());
    }

    private static String text(String pointer, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw ValidationFailedException.of(pointer, "size must be between 0 and " + MAX_TEXT);
        }
        return value.strip();
    }
}
