package sa.fatoora.gateway.simulator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The simulator CA's certificate (its private key stays in the data folder, owner-only). */
@Entity
@Table(name = "FG_SIM_CA")
public class SimCa {

    @Id
    @SequenceGenerator(name = "sim_ca_seq", sequenceName = "FG_SIM_CA_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sim_ca_seq")
    private Long id;

    @Lob
    @Column(nullable = false)
    private String certificate;

    @Column(nullable = false)
    private Instant createdAt;

    protected SimCa() {}

    public SimCa(String certificate, Instant createdAt) {
        this.certificate = certificate;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** Base64 DER. */
    public String getCertificate() {
        return certificate;
    }
}
