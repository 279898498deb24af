package sa.fatoora.gateway.tenant.entity;

import java.time.Instant;

public record TenantView(Long id, String name, Instant createdAt) {

    public static TenantView of(Tenant t) {
        return new TenantView(t.getId(), t.getName(), t.getCreatedAt());
    }
}
