package sa.fatoora.gateway.event.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An event committed but not numbered yet (FG_EVENT_PENDING, migration 0010): written beside the event in the
 * transaction that publishes it, removed when {@code EventNumbering} gives the event its number. A small table of
 * its own, so that finding the unnumbered events never reads FG_EVENT, which holds a month of them.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_EVENT_PENDING")
@NamedQuery(name = PendingEvent.TENANTS, query = "SELECT DISTINCT p.tenantId FROM PendingEvent p")
@NamedQuery(
        name = PendingEvent.OF_TENANT,
        query = "SELECT p FROM PendingEvent p WHERE p.tenantId = :tenantId ORDER BY p.eventId")
@NamedQuery(name = PendingEvent.REMOVE, query = "DELETE FROM PendingEvent p WHERE p.eventId IN :ids")
public class PendingEvent {

    public static final String TENANTS = "PendingEvent.tenants";
    public static final String OF_TENANT = "PendingEvent.ofTenant";
    public static final String REMOVE = "PendingEvent.remove";

    /** The event's own id (FG_EVENT.ID). */
    @Id
    private Long eventId;

    @Column(nullable = false)
    private Long tenantId;

    protected PendingEvent() {}

    public PendingEvent(GatewayEvent event) {
        this.eventId = event.getId();
        this.tenantId = event.getTenantId();
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getTenantId() {
        return tenantId;
    }
}
