package sa.fatoora.gateway.event.entity;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;

/**
 * An event as the feed and webhooks show it: {@code occurredAt} in Riyadh time with its offset ({@code +03:00}),
 * {@code data} the object its publisher wrote.
 */
public record EventView(
        String id,
        String type,
        Long tenantId,
        long sequence,
        OffsetDateTime occurredAt,
        String subject,
        JsonObject data) {}
