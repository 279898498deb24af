package sa.fatoora.gateway.simulator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document reported or cleared under a CSID, by invoice hash: the same hash again is a duplicate. */
@Entity
@Table(
        name = "FG_SIM_SUBMISSION",
        indexes = @Index(name = "FG_SIM_SUBMISSION_IX", columnList = "csidId,invoiceHash", unique = true))
@NamedQuery(
        name = SimSubmission.FIND,
        query = "SELECT s FROM SimSubmission s WHERE s.csidId = :csidId AND s.invoiceHash = :hash")
public class SimSubmission {

    public static final String FIND = "SimSubmission.find";

    @Id
    @SequenceGenerator(name = "sim_submission_seq", sequenceName = "FG_SIM_SUBMISSION_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sim_submission_seq")
    private Long id;

    @Column(nullable = false)
    private Long csidId;

    @Column(nullable = false, length = 64)
    private String invoiceHash;

    /** Base64 of the cleared document; null for a reported one. */
    @Lob
    private String clearedInvoice;

    @Column(nullable = false)
    private Instant submittedAt;

    protected SimSubmission() {}

    public SimSubmission(Long csidId, String invoiceHash, String clearedInvoice, Instant submittedAt) {
        this.csidId = csidId;
        this.invoiceHash = invoiceHash;
        this.clearedInvoice = clearedInvoice;
        this.submittedAt = submittedAt;
    }

    public String getClearedInvoice() {
        return clearedInvoice;
    }
}
