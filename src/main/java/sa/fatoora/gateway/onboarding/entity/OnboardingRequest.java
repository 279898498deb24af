package sa.fatoora.gateway.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * Step 1 of the two-step endpoint: a client's CSR and private key (sealed by the KeyVault at once), checked and
 * waiting for step 2 with the OTP until {@code expiresAt}. Step 2 runs the onboarding flow with them as run
 * {@code onboardingId}.
 */
@Entity
@Table(
        name = "FG_ONBOARDING_REQUEST",
        uniqueConstraints = {
            @UniqueConstraint(name = "FG_ONBOARDING_REQUEST_ID_UQ", columnNames = "requestId"),
            @UniqueConstraint(name = "FG_ONBOARDING_REQUEST_CSR_UQ", columnNames = "csrFingerprint")
        })
@NamedQuery(
        name = OnboardingRequest.BY_REQUEST_ID,
        query = "SELECT r FROM OnboardingRequest r WHERE r.requestId = :requestId AND r.tenantId = :tenantId")
@NamedQuery(
        name = OnboardingRequest.BY_FINGERPRINT,
        query = "SELECT COUNT(r) FROM OnboardingRequest r WHERE r.csrFingerprint = :fingerprint")
public class OnboardingRequest {

    public static final String BY_REQUEST_ID = "OnboardingRequest.byRequestId";
    public static final String BY_FINGERPRINT = "OnboardingRequest.byFingerprint";

    @Id
    @SequenceGenerator(name = "onboarding_request_seq", sequenceName = "FG_ONBOARDING_REQUEST_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onboarding_request_seq")
    private Long id;

    /** The public {@code requestID}: random, so one tenant cannot guess another's. */
    @Column(nullable = false, length = 36)
    private String requestId;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false)
    private Long egsUnitId;

    @Column(nullable = false, length = 8000)
    private String csrPem;

    @Column(nullable = false, length = 64)
    private String csrFingerprint;

    /** The KeyVault's sealed form of the private key's PEM. */
    @Column(nullable = false, length = 4000)
    private String sealedKey;

    @Column(nullable = false, length = 300)
    private String organizationName;

    @Column(nullable = false, length = 15)
    private String vatNumber;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Long onboardingId;

    protected OnboardingRequest() {}

    public OnboardingRequest(
            String requestId,
            Long tenantId,
            Long egsUnitId,
            String csrPem,
            String csrFingerprint,
            String sealedKey,
            String organizationName,
            String vatNumber,
            Instant createdAt,
            Instant expiresAt) {
        this.requestId = requestId;
        this.tenantId = tenantId;
        this.egsUnitId = egsUnitId;
        this.csrPem = csrPem;
        this.csrFingerprint = csrFingerprint;
        this.sealedKey = sealedKey;
        this.organizationName = organizationName;
        this.vatNumber = vatNumber;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Step 2 ran: the request lives as long again from now, so a resumable run can still be retried. */
    public void started(Long onboardingId, Instant expiresAt) {
        this.onboardingId = onboardingId;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getRequestId() {
        return requestId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getEgsUnitId() {
        return egsUnitId;
    }

    public String getCsrPem() {
        return csrPem;
    }

    public String getCsrFingerprint() {
        return csrFingerprint;
    }

    public String getSealedKey() {
        return sealedKey;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Long getOnboardingId() {
        return onboardingId;
    }
}
