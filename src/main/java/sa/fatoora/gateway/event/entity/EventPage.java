package sa.fatoora.gateway.event.entity;

import java.util.List;

/**
 * A page of the feed, oldest first. {@code nextCursor} is the last event's sequence (or the cursor asked with when
 * the page is empty): ask again with {@code after=nextCursor} to get what came since.
 */
public record EventPage(List<EventView> events, String nextCursor) {}
