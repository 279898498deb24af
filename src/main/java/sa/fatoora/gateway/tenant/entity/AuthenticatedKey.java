package sa.fatoora.gateway.tenant.entity;

/**
 * An active tenant key a request presented: its tenant, its id (null when only the tenant is known) and its role.
 */
public record AuthenticatedKey(Long tenantId, Long keyId, KeyRole role) {}
