package sa.fatoora.gateway.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The head of one audit chain: {@code tenant:<id>} or {@code system}. The sealer reads it with SELECT ... FOR UPDATE,
 * so one sealer at a time extends a chain, across instances; verification compares its last sequence and hash with
 * the last row, so a deleted tail is seen too.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_AUDIT_CHAIN")
public class AuditChain {

    public static final String SYSTEM = "system";
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(length = 40)
    private String chainId;

    @Column(nullable = false)
    private long lastSequence;

    @Column(nullable = false, length = 64)
    private String lastHash;

    @Column(nullable = false)
    private Instant updatedAt;

    protected AuditChain() {}

    public AuditChain(String chainId, Instant now) {
        this.chainId = chainId;
        this.lastSequence = 0;
        this.lastHash = GENESIS;
        this.updatedAt = now;
    }

    public static String of(Long tenantId) {
        return tenantId == null ? SYSTEM : "tenant:" + tenantId;
    }

    public void advance(long sequence, String hash, Instant now) {
        this.lastSequence = sequence;
        this.lastHash = hash;
        this.updatedAt = now;
    }

    public String getChainId() {
        return chainId;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
