package sa.fatoora.gateway.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audited event (README "Audit trail"): who ({@code actor}), for which tenant (null: system-wide), about what
 * ({@code subject}, "type:id"), what ({@code type}, a stable upper-case name of {@link AuditType}), how it ended
 * ({@code outcome}) and a bounded detail without secrets. Rows are only ever inserted; the sealer (AuditSealer)
 * later links each into its chain (one per tenant, one for system events): {@code chainSequence},
 * {@code previousHash} and {@code hash} are null until then.
 */
@Entity
@Cacheable(false)
@Table(
        name = "FG_AUDIT",
        indexes = {
            @Index(name = "FG_AUDIT_TENANT_IX", columnList = "tenantId,occurredAt"),
            @Index(name = "FG_AUDIT_UNIT_IX", columnList = "egsUnitId,occurredAt"),
            @Index(name = "FG_AUDIT_LIST_IX", columnList = "tenantId,id"),
            @Index(name = "FG_AUDIT_SUBJECT_IX", columnList = "subject,id"),
            @Index(name = "FG_AUDIT_CHAIN_IX", columnList = "tenantId,chainSequence"),
            @Index(name = "FG_AUDIT_SEAL_IX", columnList = "chainSequence")
        })
public class AuditEvent {

    public static final int DETAIL_LENGTH = 2000;
    public static final int ACTOR_LENGTH = 100;
    public static final int SUBJECT_LENGTH = 120;

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

    @Column(length = ACTOR_LENGTH)
    private String actor;

    @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AuditOutcome outcome;

    /** Position in its chain, from 1; null until sealed. */
    private Long chainSequence;

    /** Hex SHA-256 of the chain's previous record (64 zeros for the first); null until sealed. */
    @Column(length = 64)
    private String previousHash;

    /** Hex SHA-256 of this record's canonical form (AuditCanonical); null until sealed. */
    @Column(length = 64)
    private String hash;

    protected AuditEvent() {}

    public AuditEvent(
            String actor,
            Long tenantId,
            Long egsUnitId,
            String subject,
            String type,
            AuditOutcome outcome,
            String detail,
            Instant occurredAt) {
        this.actor = clip(actor, ACTOR_LENGTH);
        this.tenantId = tenantId;
        this.egsUnitId = egsUnitId;
        this.subject = clip(subject, SUBJECT_LENGTH);
        this.type = type;
        this.outcome = outcome;
        this.detail = clip(detail, DETAIL_LENGTH);
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Links the record into its chain (the sealer only). */
    public void seal(long sequence, String previousHash, String hash) {
        this.chainSequence = sequence;
        this.previousHash = previousHash;
        this.hash = hash;
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

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public Long getChainSequence() {
        return chainSequence;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
