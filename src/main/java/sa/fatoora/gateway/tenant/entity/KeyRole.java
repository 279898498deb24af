package sa.fatoora.gateway.tenant.entity;

/**
 * What a tenant key may do. OPERATOR (the default): everything the tenant's API offers. AUDITOR: read and export
 * only; any request that could change something answers 403 (ApiKeyFilter), on the REST API itself, not only in a
 * page that hides buttons.
 */
public enum KeyRole {
    OPERATOR,
    AUDITOR
}
