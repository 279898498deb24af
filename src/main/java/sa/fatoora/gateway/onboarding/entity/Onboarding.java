package sa.fatoora.gateway.onboarding.entity;

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

/**
 * One run towards a production CSID for an EGS unit (first onboarding or renewal), with what each finished step
 * left behind, so that a retry resumes where the last attempt stopped. The private key is held only encrypted
 * (KeyVault); the OTP is never stored; the CSIDs live in the certificate store.
 */
@Entity
@Table(name = "FG_ONBOARDING", indexes = @Index(name = "FG_ONBOARDING_UNIT_IX", columnList = "egsUnitId"))
@NamedQuery(
        name = Onboarding.BY_UNIT,
        query = "SELECT o FROM Onboarding o WHERE o.egsUnitId = :unitId ORDER BY o.id DESC")
@NamedQuery(
        name = Onboarding.BY_FINGERPRINT,
        query = "SELECT COUNT(o) FROM Onboarding o WHERE o.csrFingerprint = :fingerprint")
public class Onboarding {

    public static final String BY_UNIT = "Onboarding.byUnit";
    public static final String BY_FINGERPRINT = "Onboarding.byFingerprint";

    @Id
    @SequenceGenerator(name = "onboarding_seq", sequenceName = "FG_ONBOARDING_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onboarding_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false)
    private Long egsUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OnboardingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OnboardingStatus status;

    /** The CSR and key came from the client (the two-step endpoint): never replaced by the gateway. */
    @Column(nullable = false)
    private boolean clientCsr;

    @Column(length = 8000)
    private String csrPem;

    @Column(length = 64)
    private String csrFingerprint;

    /** The CSR went to ZATCA and no answer came back: it may be used up there. */
    @Column(nullable = false)
    private boolean csrSent;

    /** base64 of the KeyVault ciphertext of the private key's PEM. */
    @Column(length = 4000)
    private String encryptedKey;

    private Long complianceCertificateId;

    private Long complianceRequestId;

    private Long productionCertificateId;

    /** The compliance documents' own little chain: last ICV used and its invoice hash. */
    @Column(nullable = false)
    private long chainIcv;

    @Column(length = 64)
    private String chainHash;

    /** The compliance documents the current compliance CSID passed, comma separated. */
    @Column(length = 300)
    private String passedChecks;

    /** While set and in the future, a request is running this onboarding: others answer 409. */
    private Instant leaseUntil;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant completedAt;

    protected Onboarding() {}

    public Onboarding(Long tenantId, Long egsUnitId, OnboardingKind kind, Instant now) {
        this.tenantId = tenantId;
        this.egsUnitId = egsUnitId;
        this.kind = kind;
        this.status = OnboardingStatus.IN_PROGRESS;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new CSR (and its encrypted key) replaces any earlier one and everything obtained with it. */
    public void useCsr(String pem, String fingerprint, String encryptedKey, boolean fromClient, Instant now) {
        this.csrPem = pem;
        this.csrFingerprint = fingerprint;
        this.encryptedKey = encryptedKey;
        this.clientCsr = fromClient;
        this.csrSent = false;
        this.complianceCertificateId = null;
        this.complianceRequestId = null;
        this.chainIcv = 0;
        this.chainHash = null;
        this.passedChecks = null;
        this.updatedAt = now;
    }

    /** ZATCA refused the CSR (or it is used up): the next attempt needs a new one. */
    public void dropCsr(Instant now) {
        this.csrPem = null;
        this.updatedAt = now;
    }

    public void csrSent(boolean sent) {
        this.csrSent = sent;
    }

    public void complianceCsid(Long certificateId, long requestId, Instant now) {
        this.complianceCertificateId = certificateId;
        this.complianceRequestId = requestId;
        this.csrSent = false;
        this.chainIcv = 0;
        this.chainHash = null;
        this.passedChecks = null;
        this.updatedAt = now;
    }

    public void chainAdvanced(long icv, String invoiceHash) {
        this.chainIcv = icv;
        this.chainHash = invoiceHash;
    }

    public void passed(ComplianceDocument document) {
        this.passedChecks = passedChecks == null ? document.name() : passedChecks + "," + document.name();
    }

    public boolean hasPassed(ComplianceDocument document) {
        return passedChecks != null
                && java.util.List.of(passedChecks.split(",")).contains(document.name());
    }

    public void completed(Long productionCertificateId, Instant now) {
        this.productionCertificateId = productionCertificateId;
        this.status = OnboardingStatus.COMPLETED;
        this.completedAt = now;
        this.updatedAt = now;
        this.leaseUntil = null;
    }

    public void status(OnboardingStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public void lease(Instant until) {
        this.leaseUntil = until;
    }

    public boolean leased(Instant now) {
        return leaseUntil != null && leaseUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getEgsUnitId() {
        return egsUnitId;
    }

    public OnboardingKind getKind() {
        return kind;
    }

    public OnboardingStatus getStatus() {
        return status;
    }

    public boolean isClientCsr() {
        return clientCsr;
    }

    public String getCsrPem() {
        return csrPem;
    }

    public String getCsrFingerprint() {
        return csrFingerprint;
    }

    public boolean isCsrSent() {
        return csrSent;
    }

    public String getEncryptedKey() {
        return encryptedKey;
    }

    public Long getComplianceCertificateId() {
        return complianceCertificateId;
    }

    public Long getComplianceRequestId() {
        return complianceRequestId;
    }

    public Long getProductionCertificateId() {
        return productionCertificateId;
    }

    public long getChainIcv() {
        return chainIcv;
    }

    public String getChainHash() {
        return chainHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
