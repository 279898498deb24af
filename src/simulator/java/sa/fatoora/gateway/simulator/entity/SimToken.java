package sa.fatoora.gateway.simulator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An OAuth access token of the simulator's token endpoint, kept as a SHA-256 hash. */
@Entity
@Table(name = "FG_SIM_TOKEN", indexes = @Index(name = "FG_SIM_TOKEN_IX", columnList = "tokenHash", unique = true))
@NamedQuery(name = SimToken.BY_HASH, query = "SELECT t FROM SimToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = SimToken.UNREVOKED_BY_CLIENT,
        query = "SELECT t FROM SimToken t WHERE t.clientId = :clientId AND t.revokedAt IS NULL")
public class SimToken {

    public static final String BY_HASH = "SimToken.byHash";
    public static final String UNREVOKED_BY_CLIENT = "SimToken.unrevokedByClient";

    @Id
    @SequenceGenerator(name = "sim_token_seq", sequenceName = "FG_SIM_TOKEN_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sim_token_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 100)
    private String clientId;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant revokedAt;

    protected SimToken() {}

    public SimToken(String tokenHash, String clientId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.clientId = clientId;
        this.expiresAt = expiresAt;
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
