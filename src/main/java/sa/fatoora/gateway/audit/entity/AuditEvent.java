package sa.fatoora.gateway.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audited event: a policy decision, a submission to Fatoora, a certificate event. Generic on purpose so every
 * capability can write here; {@code type} is a stable upper-case name (POLICY_REFUSED, INVOICE_SUBMITTED, ...),
 * {@code detail} plain text without secrets. Rows are only ever inserted.
 */
@Entity
@Cacheable(false)
@Table(
        name = "FG_AUDIT",
        indexes = {
            @Index(name = "FG_AUDIT_TENANT_IX", columnList = "tenantId,occurredAt"),
            @Index(name = "FG_AUDIT_UNIT_IX", columnList = "egsUnitId,occurredAt")
        })
public class AuditEvent {

    public static final int DETAIL_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "FG_AUDIT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    private Long tenantId;

    private Long egsUnitId;

    @Column(nullable = false, length = 50)
    private String type;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(nullable = false)
    private Instant occurredAt;

    protected AuditEvent() {}

    public AuditEvent(Long tenantId, Long egsUnitId, String type, String detail, Instant occurredAt) {
        this.tenantId = tenantId;
        this.egsUnitId = egsUnitId;
        this.type = type;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getEgsUnitId() {
        return egsUnitId;
    }

    public String getType() {
        return type;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
