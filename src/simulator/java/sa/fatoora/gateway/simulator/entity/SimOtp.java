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

/**
 * An OTP the simulator knows: generated through the admin API (issuedAt set) or a configured one, recorded at its
 * first use. Stored as a SHA-256 hash: an OTP is a credential.
 */
@Entity
@Table(name = "FG_SIM_OTP", indexes = @Index(name = "FG_SIM_OTP_IX", columnList = "environment,otpHash", unique = true))
@NamedQuery(
        name = SimOtp.FIND,
        query = "SELECT o FROM SimOtp o WHERE o.environment = :environment AND o.otpHash = :hash")
public class SimOtp {

    public static final String FIND = "SimOtp.find";

    @Id
    @SequenceGenerator(name = "sim_otp_seq", sequenceName = "FG_SIM_OTP_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sim_otp_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String environment;

    @Column(nullable = false, length = 64)
    private String otpHash;

    @Column(nullable = false)
    private Instant issuedAt;

    private Instant usedAt;

    protected SimOtp() {}

    public SimOtp(String environment, String otpHash, Instant issuedAt, Instant usedAt) {
        this.environment = environment;
        this.otpHash = otpHash;
        this.issuedAt = issuedAt;
        this.usedAt = usedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public void use(Instant at) {
        usedAt = at;
    }
}
