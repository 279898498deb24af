package sa.fatoora.gateway.simulator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CSID the simulator issued. The token and secret are kept only as SHA-256 hashes; the certificate is kept
 * whole. Also the EGS unit's chain as the simulator saw it (last ICV and invoice hash) and, for a compliance CSID,
 * the compliance steps passed.
 */
@Entity
@Table(
        name = "FG_SIM_CSID",
        indexes = {
            @Index(name = "FG_SIM_CSID_TOKEN_IX", columnList = "tokenHash", unique = true),
            @Index(name = "FG_SIM_CSID_REQ_IX", columnList = "requestId")
        })
@NamedQuery(name = SimCsid.BY_TOKEN, query = "SELECT c FROM SimCsid c WHERE c.tokenHash = :hash")
@NamedQuery(
        name = SimCsid.BY_REQUEST,
        query = "SELECT c FROM SimCsid c WHERE c.requestId = :requestId AND c.kind = :kind")
public class SimCsid {

    public static final String BY_TOKEN = "SimCsid.byToken";
    public static final String BY_REQUEST = "SimCsid.byRequest";

    @Id
    @SequenceGenerator(name = "sim_csid_seq", sequenceName = "FG_SIM_CSID_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sim_csid_seq")
    private Long id;

    @Column(nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CsidKind kind;

    @Column(nullable = false, length = 32)
    private String environment;

    @Column(nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 64)
    private String secretHash;

    @Lob
    @Column(nullable = false)
    private String certificate;

    @Column(nullable = false, length = 15)
    private String vatNumber;

    @Column(nullable = false, length = 4)
    private String title;

    @Column(length = 400)
    private String stepsPassed = "";

    private boolean productionIssued;

    private Long lastIcv;

    @Column(length = 64)
    private String lastInvoiceHash;

    @Column(nullable = false)
    private Instant createdAt;

    protected SimCsid() {}

    public SimCsid(
            long requestId,
            CsidKind kind,
            String environment,
            String tokenHash,
            String secretHash,
            String certificate,
            String vatNumber,
            String title,
            Instant createdAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.environment = environment;
        this.tokenHash = tokenHash;
        this.secretHash = secretHash;
        this.certificate = certificate;
        this.vatNumber = vatNumber;
        this.title = title;
        this.createdAt = createdAt;
    }

    public Set<ComplianceStep> stepsPassed() {
        Set<ComplianceStep> steps = EnumSet.noneOf(ComplianceStep.class);
        if (stepsPassed != null && !stepsPassed.isBlank()) {
            Arrays.stream(stepsPassed.split(",")).map(ComplianceStep::valueOf).forEach(steps::add);
        }
        return steps;
    }

    public void passed(ComplianceStep step) {
        Set<ComplianceStep> steps = stepsPassed();
        steps.add(step);
        stepsPassed = steps.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public void chainAdvanced(long icv, String invoiceHash) {
        lastIcv = icv;
        lastInvoiceHash = invoiceHash;
    }

    public void markProductionIssued() {
        productionIssued = true;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public CsidKind getKind() {
        return kind;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getSecretHash() {
        return secretHash;
    }

    /** Base64 DER. */
    public String getCertificate() {
        return certificate;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public String getTitle() {
        return title;
    }

    public boolean isProductionIssued() {
        return productionIssued;
    }

    public Long getLastIcv() {
        return lastIcv;
    }

    public String getLastInvoiceHash() {
        return lastInvoiceHash;
    }
}
