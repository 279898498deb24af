package sa.fatoora.gateway.simulator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CSR that was used once (by its DER fingerprint): ZATCA accepts each CSR for one request only. */
@Entity
@Table(name = "FG_SIM_CSR", indexes = @Index(name = "FG_SIM_CSR_FP_IX", columnList = "fingerprint", unique = true))
public class SimUsedCsr {

    @Id
    @SequenceGenerator(name = "sim_csr_seq", sequenceName = "FG_SIM_CSR_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sim_csr_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(nullable = false)
    private Instant usedAt;

    protected SimUsedCsr() {}

    public SimUsedCsr(String fingerprint, Instant usedAt) {
        this.fingerprint = fingerprint;
        this.usedAt = usedAt;
    }
}
