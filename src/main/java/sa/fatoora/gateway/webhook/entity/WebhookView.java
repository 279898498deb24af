package sa.fatoora.gateway.webhook.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An endpoint as the API shows it. {@code secret} is present only in the answer that created or rotated it (shown
 * once; the gateway keeps it sealed and never shows it again).
 */
public record WebhookView(
        Long id,
        String url,
        List<String> events,
        String description,
        boolean enabled,
        String disabledReason,
        OffsetDateTime failingSince,
        OffsetDateTime previousSecretValidUntil,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String secret) {}
