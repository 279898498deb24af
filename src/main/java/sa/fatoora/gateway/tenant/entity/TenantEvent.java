package sa.fatoora.gateway.tenant.entity;

/**
 * A change to a tenant or its keys, fired (CDI, synchronously, inside the change's transaction) for whoever records
 * such changes: the audit trail observes it. {@code subject} is "kind:id"; {@code detail} never holds a key.
 */
public record TenantEvent(Kind kind, Long tenantId, String subject, String detail) {

    public enum Kind {
        TENANT_CREATED,
        API_KEY_ISSUED,
        API_KEY_REVOKED
    }
}
