package sa.fatoora.gateway.tenant.entity;

/** An active tenant key a request presented: its tenant and its id (null when only the tenant is known). */
public record AuthenticatedKey(Long tenantId, Long keyId) {}
