package sa.fatoora.gateway.event.entity;

/** Fired (CDI) when an event is published; observed after the commit only, as a wake-up for deliverers. */
public record EventPublished(Long tenantId, EventType type) {}
