package sa.fatoora.gateway.tenant.entity;

import java.time.Instant;

/** A key as listed later: never the key itself. */
public record KeyView(Long id, String prefix, String label, KeyRole role, Instant createdAt, Instant revokedAt) {

    public static KeyView of(ApiKey k) {
        return new KeyView(k.getId(), k.getPrefix(), k.getLabel(), k.getRole(), k.getCreatedAt(), k.getRevokedAt());
    }
}
