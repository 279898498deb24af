package sa.fatoora.gateway.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.event.entity.EventPage;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.event.entity.EventView;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * The events feed for ERPs that cannot receive calls: a tenant's events in sequence order after a cursor, and the
 * retention that deletes events older than {@code fatoora.events.retention} (default 30 days).
 */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    @ConfigProperty(name = "fatoora.events.retention", defaultValue = "P30D")
    Duration retention;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public EventPage page(Long tenantId, String after, String limit, List<String> types) {
        long cursor = cursor(after);
        List<GatewayEvent> events = query(tenantId, false, cursor, limit(limit), types(types));
        List<EventView> views = new ArrayList<>(events.size());
        events.forEach(e -> views.add(EventJson.view(e)));
        long next = events.isEmpty() ? cursor : events.get(events.size() - 1).getSequence();
        return new EventPage(views, Long.toString(next));
    }

    /**
     * The same events newest first, for people reading them (the console): before a sequence ({@code before} blank:
     * from the newest). {@code nextCursor} is the oldest shown, to ask with as {@code before} for older ones; null
     * when there are none.
     */
    public EventPage newestFirst(Long tenantId, String before, String limit, List<String> types) {
        long cursor = cursor("before", before);
        int size = limit(limit);
        List<GatewayEvent> events = query(tenantId, true, cursor == 0 ? Long.MAX_VALUE : cursor, size, types(types));
        List<EventView> views = new ArrayList<>(events.size());
        events.forEach(e -> views.add(EventJson.view(e)));
        String older = events.size() < size
                ? null
                : Long.toString(events.get(events.size() - 1).getSequence());
        return new EventPage(views, older);
    }

    private List<GatewayEvent> query(Long tenantId, boolean newestFirst, long cursor, int size, Set<String> wanted) {
        String all = newestFirst ? GatewayEvent.BEFORE : GatewayEvent.AFTER;
        String ofTypes = newestFirst ? GatewayEvent.BEFORE_OF_TYPES : GatewayEvent.AFTER_OF_TYPES;
        return tx.required(() -> {
            TypedQuery<GatewayEvent> q = wanted.isEmpty()
                    ? em.createNamedQuery(all, GatewayEvent.class)
                    : em.createNamedQuery(ofTypes, GatewayEvent.class).setParameter("types", wanted);
            return q.setParameter("tenantId", tenantId)
                    .setParameter(newestFirst ? "before" : "after", cursor)
                    .setMaxResults(size)
                    .getResultList();
        });
    }

    /** Deletes the events older than the retention period; answers how many. */
    public int purge() {
        return tx.required(() -> em.createNamedQuery(GatewayEvent.PURGE)
                .setParameter("before", clock.instant().minus(retention))
                .executeUpdate());
    }

    static long cursor(String after) {
        return cursor("after", after);
    }

    private static long cursor(String name, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the answer below
        }
        throw new EventQueryException(name + ": a cursor from an earlier page's nextCursor (a whole number >= 0)");
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the answer below
        }
        throw new EventQueryException("limit: a whole number from 1 to " + MAX_LIMIT);
    }

    /** {@code types=a,b} or {@code types=a&types=b}; every name must be a known event type. */
    public static Set<String> types(List<String> types) {
        Set<String> names = new LinkedHashSet<>();
        if (types == null) {
            return names;
        }
        for (String value : types) {
            for (String name : value.split(",")) {
                String n = name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                if (EventType.ofWireName(n).isEmpty()) {
                    throw new EventQueryException("types: '" + clip(n) + "' is not an event type; known: "
                            + String.join(", ", EventTypes.NAMES));
                }
                names.add(n);
            }
        }
        return names;
    }

    private static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }
}
