package sa.fatoora.gateway.event.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tenant's last event sequence number (FG_EVENT_COUNTER). Publishing locks this row until its transaction ends,
 * so the tenant's events get their numbers in commit order: a poller reading "after n" can never see n+1 while n
 * is still uncommitted. The lock is held only by the short transactions that record a change; other tenants never
 * wait for it.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_EVENT_COUNTER")
public class EventCounter {

    @Id
    private Long tenantId;

    @Column(nullable = false)
    private long lastSequence;

    protected EventCounter() {}

    public EventCounter(Long tenantId) {
        this.tenantId = tenantId;
    }

    public long next() {
        return ++lastSequence;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public long getLastSequence() {
        return lastSequence;
    }
}
