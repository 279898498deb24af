package sa.fatoora.gateway.event.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published event (FG_EVENT, migration 0006). {@code eventId} is the stable id receivers dedupe on (the
 * webhook-id header); {@code sequence} numbers a tenant's events in the order their transactions committed
 * ({@link EventCounter}), so a poller that reads "after n" misses none. Rows are only inserted, and deleted when
 * older than the retention period.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_EVENT")
@NamedQuery(
        name = GatewayEvent.AFTER,
        query = "SELECT e FROM GatewayEvent e WHERE e.tenantId = :tenantId AND e.sequence > :after"
                + " ORDER BY e.sequence")
@NamedQuery(
        name = GatewayEvent.AFTER_OF_TYPES,
        query = "SELECT e FROM GatewayEvent e WHERE e.tenantId = :tenantId AND e.sequence > :after"
                + " AND e.type IN :types ORDER BY e.sequence")
@NamedQuery(
        name = GatewayEvent.BEFORE,
        query = "SELECT e FROM GatewayEvent e WHERE e.tenantId = :tenantId AND e.sequence < :before"
                + " ORDER BY e.sequence DESC")
@NamedQuery(
        name = GatewayEvent.BEFORE_OF_TYPES,
        query = "SELECT e FROM GatewayEvent e WHERE e.tenantId = :tenantId AND e.sequence < :before"
                + " AND e.type IN :types ORDER BY e.sequence DESC")
@NamedQuery(name = GatewayEvent.PURGE, query = "DELETE FROM GatewayEvent e WHERE e.occurredAt < :before")
@NamedQuery(
        name = GatewayEvent.BY_EVENT_ID,
        query = "SELECT e FROM GatewayEvent e WHERE e.tenantId = :tenantId AND e.eventId = :eventId")
public class GatewayEvent {

    public static final String AFTER = "GatewayEvent.after";
    public static final String AFTER_OF_TYPES = "GatewayEvent.afterOfTypes";
    public static final String BEFORE = "GatewayEvent.before";
    public static final String BEFORE_OF_TYPES = "GatewayEvent.beforeOfTypes";
    public static final String PURGE = "GatewayEvent.purge";
    public static final String BY_EVENT_ID = "GatewayEvent.byEventId";
    public static final int SUBJECT_LENGTH = 120;
    public static final int DATA_LENGTH = 1048576;

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "FG_EVENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String eventId;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false)
    private long sequence;

    @Column(nullable = false, length = 40)
    private String type;

    @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false)
    private Instant occurredAt;

    /** The event's data object as JSON text (ids, status, ZATCA's messages, links). */
    @Lob
    @Column(nullable = false, length = DATA_LENGTH)
    private String data;

    protected GatewayEvent() {}

    public GatewayEvent(
            String eventId,
            Long tenantId,
            long sequence,
            EventType type,
            String subject,
            Instant occurredAt,
            String data) {
        this.eventId = eventId;
        this.tenantId = tenantId;
        this.sequence = sequence;
        this.type = type.wireName();
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.data = data;
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public long getSequence() {
        return sequence;
    }

    public String getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getData() {
        return data;
    }
}
