package sa.fatoora.gateway.webhook.entity;

import java.util.List;

/**
 * {@code POST /api/v1/webhooks} and {@code PATCH /api/v1/webhooks/{id}}: the endpoint's URL, the event types it
 * wants (wire names; none or {@code *}: all), a description, and (PATCH only) whether it is enabled. Absent fields
 * of a PATCH stay as they are.
 */
public record WebhookRequest(String url, List<String> events, String description, Boolean enabled) {}
