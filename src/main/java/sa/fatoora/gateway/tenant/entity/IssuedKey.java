package sa.fatoora.gateway.tenant.entity;

import java.time.Instant;

/** A key as answered once at creation: the only time {@code key} itself is ever shown. */
public record IssuedKey(Long id, String key, String prefix, String label, KeyRole role, Instant createdAt) {}
