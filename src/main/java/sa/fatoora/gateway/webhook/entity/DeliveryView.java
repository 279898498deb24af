package sa.fatoora.gateway.webhook.entity;

import java.time.OffsetDateTime;

/** One delivery as the API shows it: the event it carries, its state, the last attempt and the next retry. */
public record DeliveryView(
        Long id,
        String eventId,
        String eventType,
        DeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        Long lastLatencyMs,
        String lastError,
        OffsetDateTime lastAttemptAt,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime createdAt) {}
