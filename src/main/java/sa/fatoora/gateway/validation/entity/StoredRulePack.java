package sa.fatoora.gateway.validation.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded rule pack, kept in the database so that it survives restarts and every instance on the database can
 * use it. Only the pack's rules, schemas and samples are kept (a zip of them), never the rest of the SDK upload.
 * Rows are never changed or deleted: which pack is active is recorded in {@link RulePackActivation}.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_RULE_PACK")
@NamedQuery(name = StoredRulePack.LIST, query = "SELECT p FROM StoredRulePack p ORDER BY p.id")
@NamedQuery(name = StoredRulePack.BY_DIGEST, query = "SELECT p FROM StoredRulePack p WHERE p.digest = :digest")
public class StoredRulePack {

    public static final String LIST = "StoredRulePack.list";
    public static final String BY_DIGEST = "StoredRulePack.byDigest";

    /** Trimmed SDK packs are about 4 MB of rules and schemas (zipped: well under 1 MB); this leaves room. */
    public static final int MAX_CONTENT_BYTES = 64 * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "rule_pack_seq", sequenceName = "FG_RULE_PACK_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_pack_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String version;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(nullable = false)
    private int sampleCount;

    @Column(nullable = false)
    private Instant createdAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = MAX_CONTENT_BYTES)
    private byte[] content;

    protected StoredRulePack() {}

    public StoredRulePack(String version, String digest, int sampleCount, Instant createdAt, byte[] content) {
        this.version = version;
        this.digest = digest;
        this.sampleCount = sampleCount;
        this.createdAt = createdAt;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public String getDigest() {
        return digest;
    }

    public int getSampleCount() {
        return sampleCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public byte[] getContent() {
        return content;
    }
}
