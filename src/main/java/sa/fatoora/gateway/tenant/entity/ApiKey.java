package sa.fatoora.gateway.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's API key. Only its SHA-256 hash is kept; {@code prefix} lets people tell keys apart. */
@Entity
@Table(name = "FG_API_KEY", indexes = @Index(name = "FG_API_KEY_HASH_IX", columnList = "keyHash", unique = true))
@NamedQuery(
        name = ApiKey.ACTIVE_BY_HASH,
        query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash AND k.revokedAt IS NULL")
@NamedQuery(name = ApiKey.BY_TENANT, query = "SELECT k FROM ApiKey k WHERE k.tenantId = :tenantId ORDER BY k.id")
public class ApiKey {

    public static final String ACTIVE_BY_HASH = "ApiKey.activeByHash";
    public static final String BY_TENANT = "ApiKey.byTenant";

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "FG_API_KEY_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(length = 200)
    private String label;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant revokedAt;

    /** Column KEYROLE: ROLE is a keyword in SQL (a non-reserved one, but not worth the doubt on two databases). */
    @Enumerated(EnumType.STRING)
    @Column(name = "KEYROLE", nullable = false, length = 20)
    private KeyRole role = KeyRole.OPERATOR;

    protected ApiKey() {}

    public ApiKey(Long tenantId, String keyHash, String prefix, String label, KeyRole role, Instant createdAt) {
        this.tenantId = tenantId;
        this.role = role;
        this.keyHash = keyHash;
        this.prefix = prefix;
        this.label = label;
        this.createdAt = createdAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public KeyRole getRole() {
        return role;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
