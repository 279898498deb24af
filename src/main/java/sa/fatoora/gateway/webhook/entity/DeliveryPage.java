package sa.fatoora.gateway.webhook.entity;

import java.util.List;

/** Deliveries newest first; {@code nextCursor} (null on the last page) fetches the older ones. */
public record DeliveryPage(List<DeliveryView> deliveries, String nextCursor) {}
