package sa.fatoora.gateway.validation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One switch of the active rule pack, appended and never changed: the newest row names the pack every instance on
 * this database validates with ({@code built-in}, {@code directory} or a stored pack's id); the rows before it are
 * the history. No row at all means the configured default.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_RULE_PACK_ACTIVATION")
@NamedQuery(name = RulePackActivation.LATEST, query = "SELECT a FROM RulePackActivation a ORDER BY a.id DESC")
public class RulePackActivation {

    public static final String LATEST = "RulePackActivation.latest";

    @Id
    @SequenceGenerator(
            name = "rule_pack_activation_seq",
            sequenceName = "FG_RULE_PACK_ACTIVATION_SEQ",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_pack_activation_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String packId;

    @Column(nullable = false)
    private Instant activatedAt;

    protected RulePackActivation() {}

    public RulePackActivation(String packId, Instant activatedAt) {
        this.packId = packId;
        this.activatedAt = activatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getPackId() {
        return packId;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
