package sa.fatoora.gateway.tenant.entity;

/** A new tenant and its first key. */
public record CreatedTenant(Long id, String name, java.time.Instant createdAt, IssuedKey apiKey) {}
