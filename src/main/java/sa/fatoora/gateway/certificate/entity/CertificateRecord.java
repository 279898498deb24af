package sa.fatoora.gateway.certificate.entity;

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
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * One certificate of an EGS unit with its lifecycle. The certificate itself is public and kept as base64 DER text;
 * the private key and the CSID (token and secret) are only ever stored as {@code KeyVault} ciphertexts (base64),
 * each bound to this row and its purpose. Rows are never deleted.
 */
@Entity
@Table(
        name = "FG_CERTIFICATE",
        indexes = {
            @Index(name = "FG_CERTIFICATE_UNIT_IX", columnList = "egsUnitId,status"),
            @Index(name = "FG_CERTIFICATE_EXPIRY_IX", columnList = "status,notAfter")
        })
@NamedQuery(
        name = CertificateRecord.ACTIVE_OF_UNIT,
        query = "SELECT c FROM CertificateRecord c WHERE c.egsUnitId = :unit AND c.environment = :environment"
                + " AND c.status = :status ORDER BY c.id DESC")
@NamedQuery(
        name = CertificateRecord.HISTORY,
        query = "SELECT c FROM CertificateRecord c WHERE c.tenantId = :tenant AND c.egsUnitId = :unit"
                + " ORDER BY c.id DESC")
@NamedQuery(
        name = CertificateRecord.IN_STATUS_ENDING_BEFORE,
        query = "SELECT c FROM CertificateRecord c WHERE c.status IN :statuses AND c.notAfter <= :until"
                + " ORDER BY c.notAfter, c.id")
// a unit's newest production certificate (no later non-compliance one exists) that has expired
@NamedQuery(
        name = CertificateRecord.NEWEST_EXPIRED,
        query = "SELECT c FROM CertificateRecord c WHERE c.kind <> :compliance AND (c.status = :expired"
                + " OR (c.status = :active AND c.notAfter <= :now)) AND NOT EXISTS (SELECT n FROM"
                + " CertificateRecord n WHERE n.egsUnitId = c.egsUnitId AND n.environment = c.environment"
                + " AND n.kind <> :compliance AND n.id > c.id) ORDER BY c.notAfter DESC")
@NamedQuery(
        name = CertificateRecord.COUNT_IN_STATUS_ENDING_BEFORE,
        query = "SELECT COUNT(c) FROM CertificateRecord c WHERE c.status = :status AND c.notAfter <= :until")
@NamedQuery(
        name = CertificateRecord.COUNT_IN_STATUS,
        query = "SELECT COUNT(c) FROM CertificateRecord c WHERE c.status = :status")
public class CertificateRecord {

    public static final String ACTIVE_OF_UNIT = "CertificateRecord.activeOfUnit";
    public static final String HISTORY = "CertificateRecord.history";
    public static final String IN_STATUS_ENDING_BEFORE = "CertificateRecord.inStatusEndingBefore";
    public static final String NEWEST_EXPIRED = "CertificateRecord.newestExpired";
    public static final String COUNT_IN_STATUS_ENDING_BEFORE = "CertificateRecord.countInStatusEndingBefore";
    public static final String COUNT_IN_STATUS = "CertificateRecord.countInStatus";

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "FG_CERTIFICATE_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false)
    private Long egsUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ZatcaEnvironment environment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Column(nullable = false)
    private Instant statusChangedAt;

    @Column(length = 200)
    private String statusReason;

    @Column(nullable = false, length = 100)
    private String serial;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String issuer;

    @Column(nullable = false)
    private Instant notBefore;

    @Column(nullable = false)
    private Instant notAfter;

    /** base64 of the DER: the {@code ds:X509Certificate} text. Public. */
    @Column(nullable = false, length = 8000)
    private String certificate;

    /** KeyVault ciphertext (base64) of the PKCS#8 DER private key; set right after the id is known. */
    @Column(length = 1000)
    private String privateKeyCipher;

    /** KeyVault ciphertext (base64) of the CSID's binarySecurityToken; null for an upload without a secret. */
    @Column(length = 16000)
    private String csidTokenCipher;

    /** KeyVault ciphertext (base64) of the CSID's secret; null for an upload without a secret. */
    @Column(length = 1000)
    private String csidSecretCipher;

    /** ZATCA's requestID of the CSID request that issued this certificate; null for uploads. */
    private Long zatcaRequestId;

    @Column(nullable = false)
    private Instant createdAt;

    protected CertificateRecord() {}

    public CertificateRecord(
            Long tenantId,
            Long egsUnitId,
            ZatcaEnvironment environment,
            CertificateKind kind,
            ParsedCertificate facts,
            Long zatcaRequestId,
            Instant createdAt) {
        this.tenantId = tenantId;
        this.egsUnitId = egsUnitId;
        this.environment = environment;
        this.kind = kind;
        this.serial = facts.serial();
        this.subject = facts.subject();
        this.issuer = facts.issuer();
        this.notBefore = facts.notBefore();
        this.notAfter = facts.notAfter();
        this.certificate = facts.base64Der();
        this.zatcaRequestId = zatcaRequestId;
        this.createdAt = createdAt;
        this.status = kind == CertificateKind.COMPLIANCE ? CertificateStatus.PENDING : CertificateStatus.ACTIVE;
        this.statusChangedAt = createdAt;
    }

    /** Every status change goes through here, so the time and the reason are never forgotten. */
    public void changeStatus(CertificateStatus next, String reason, Instant at) {
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = at;
    }

    public void seal(String privateKeyCipher, String csidTokenCipher, String csidSecretCipher) {
        this.privateKeyCipher = privateKeyCipher;
        this.csidTokenCipher = csidTokenCipher;
        this.csidSecretCipher = csidSecretCipher;
    }

    public boolean hasCsid() {
        return csidTokenCipher != null && csidSecretCipher != null;
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

    public ZatcaEnvironment getEnvironment() {
        return environment;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getSerial() {
        return serial;
    }

    public String getSubject() {
        return subject;
    }

    public String getIssuer() {
        return issuer;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public String getCertificate() {
        return certificate;
    }

    public String getPrivateKeyCipher() {
        return privateKeyCipher;
    }

    public String getCsidTokenCipher() {
        return csidTokenCipher;
    }

    public String getCsidSecretCipher() {
        return csidSecretCipher;
    }

    public Long getZatcaRequestId() {
        return zatcaRequestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
