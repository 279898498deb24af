package sa.fatoora.gateway.invoice.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * One signed document of an EGS unit, from the moment it took its ICV. The signed XML never changes: a resend is
 * the same bytes and the same hash. {@code route} is the call the next submission makes (clearance, or reporting
 * after a 303); {@code leaseUntil}/{@code leaseToken} keep two senders (a request and the outbox, or two instances)
 * from submitting it at the same time.
 */
@Entity
@Cacheable(false) // several instances share the rows: never answer from one instance's cache
@NamedQuery(
        name = InvoiceDocument.BY_KEY,
        query = "SELECT d FROM InvoiceDocument d WHERE d.egsUnitId = :egsUnitId AND d.idempotencyKey = :key")
@NamedQuery(
        name = InvoiceDocument.DUE,
        query = "SELECT d.id FROM InvoiceDocument d WHERE d.status = :pending AND d.nextAttemptAt <= :now"
                + " AND (d.leaseUntil IS NULL OR d.leaseUntil < :now) ORDER BY d.nextAttemptAt")
@NamedQuery(
        name = InvoiceDocument.CLAIM,
        query = "UPDATE InvoiceDocument d SET d.leaseToken = :token, d.leaseUntil = :until WHERE d.id = :id"
                + " AND d.status = :pending AND (d.leaseUntil IS NULL OR d.leaseUntil < :now)")
@NamedQuery(
        name = InvoiceDocument.COUNT_PENDING,
        query = "SELECT COUNT(d) FROM InvoiceDocument d WHERE d.status = :pending")
@NamedQuery(
        name = InvoiceDocument.COUNT_AT_RISK,
        query = "SELECT COUNT(d) FROM InvoiceDocument d WHERE d.status = :pending"
                + " AND (d.deadline <= :limit OR d.attempts >= :attempts)")
@NamedQuery(
        name = InvoiceDocument.DEADLINE_NOTICE_DUE,
        query = "SELECT d.id FROM InvoiceDocument d WHERE d.status = :pending AND d.deadline <= :limit"
                + " AND (d.deadlineNotice IS NULL OR (d.deadlineNotice = :atRisk AND d.deadline <= :now))"
                + " ORDER BY d.deadline")
@NamedQuery(
        name = InvoiceDocument.COUNT_DEADLINE_BEFORE,
        query = "SELECT COUNT(d) FROM InvoiceDocument d WHERE d.status = :pending AND d.deadline <= :limit")
@Table(
        name = "FG_INVOICE",
        uniqueConstraints = {
            @UniqueConstraint(
                    name = "FG_INVOICE_ICV_UQ",
                    columnNames = {"egsUnitId", "icv"}),
            @UniqueConstraint(
                    name = "FG_INVOICE_KEY_UQ",
                    columnNames = {"egsUnitId", "idempotencyKey"})
        },
        indexes = {
            @Index(name = "FG_INVOICE_OUTBOX_IX", columnList = "status,nextAttemptAt"),
            @Index(name = "FG_INVOICE_TENANT_IX", columnList = "tenantId,egsUnitId,issueDate")
        })
public class InvoiceDocument {

    public static final String BY_KEY = "InvoiceDocument.byKey";
    public static final String DUE = "InvoiceDocument.due";
    public static final String DEADLINE_NOTICE_DUE = "InvoiceDocument.deadlineNoticeDue";
    /** {@link #deadlineNotice}: the at-risk event was published. */
    public static final String NOTICE_AT_RISK = "AT_RISK";
    /** {@link #deadlineNotice}: the missed event was published. */
    public static final String NOTICE_MISSED = "MISSED";

    public static final String CLAIM = "InvoiceDocument.claim";
    public static final String COUNT_PENDING = "InvoiceDocument.countPending";
    public static final String COUNT_DEADLINE_BEFORE = "InvoiceDocument.countDeadlineBefore";
    public static final String COUNT_AT_RISK = "InvoiceDocument.countAtRisk";

    /** Signed documents are at most the 10 MB request limit plus the stamp; Derby needs a LOB size. */
    static final int MAX_XML_BYTES = 20 * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "FG_INVOICE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false)
    private Long egsUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ZatcaEnvironment environment;

    @Column(nullable = false, length = 36)
    private String uuid;

    @Column(nullable = false, length = 127)
    private String invoiceNumber;

    @Column(nullable = false)
    private long icv;

    @Column(nullable = false, length = 128)
    private String previousInvoiceHash;

    @Column(nullable = false, length = 128)
    private String invoiceHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentType documentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceSubtype subtype;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SubmissionAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SubmissionAction route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status;

    @Lob
    @Column(nullable = false, length = MAX_XML_BYTES)
    private byte[] signedXml;

    @Lob
    @Column(length = MAX_XML_BYTES)
    private byte[] clearedXml;

    @Column(nullable = false, length = 4000)
    private String qr;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private LocalDate issueDate;

    /** Simplified documents only: issue time plus 24 hours (the reporting deadline). */
    private Instant deadline;

    /**
     * The last deadline event published for it ({@value #NOTICE_AT_RISK}, {@value #NOTICE_MISSED}), so that each is
     * published once (migration 0006).
     */
    @Column(length = 10)
    private String deadlineNotice;

    @Column(nullable = false, length = 255)
    private String idempotencyKey;

    @Column(nullable = false, length = 64)
    private String requestDigest;

    @Column(nullable = false)
    private int attempts;

    private Instant nextAttemptAt;

    private Instant leaseUntil;

    @Column(length = 36)
    private String leaseToken;

    @Column(length = 500)
    private String lastError;

    /** ZATCA's messages of the latest answer, as a JSON array. */
    @Lob
    @Column(length = 1024 * 1024)
    private String messages;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant completedAt;

    protected InvoiceDocument() {}

    /** A freshly signed document, PENDING and leased to the request that signed it. */
    public InvoiceDocument(IssuedDocument d, String leaseToken, Instant leaseUntil, Instant now) {
        tenantId = d.tenantId();
        egsUnitId = d.egsUnitId();
        environment = d.environment();
        uuid = d.uuid();
        invoiceNumber = d.invoiceNumber();
        icv = d.icv();
        previousInvoiceHash = d.previousInvoiceHash();
        invoiceHash = d.invoiceHash();
        documentType = d.documentType();
        subtype = d.subtype();
        action = d.action();
        route = d.action().clears() ? SubmissionAction.CLEARANCE : SubmissionAction.REPORTING;
        status = InvoiceStatus.PENDING;
        signedXml = d.signedXml();
        qr = d.qr();
        issuedAt = d.issuedAt();
        issueDate = d.issueDate();
        deadline = d.deadline();
        idempotencyKey = d.idempotencyKey();
        requestDigest = d.requestDigest();
        nextAttemptAt = now;
        this.leaseToken = leaseToken;
        this.leaseUntil = leaseUntil;
        createdAt = now;
        updatedAt = now;
    }

    public void attempted(Instant now) {
        attempts++;
        updatedAt = now;
    }

    /** A final answer: CLEARED, REPORTED or REJECTED. Nothing is sent any more. */
    public void finish(InvoiceStatus outcome, String messagesJson, byte[] cleared, String clearedQr, Instant now) {
        if (!outcome.isFinal()) {
            throw new IllegalArgumentException("not a final status: " + outcome);
        }
        status = outcome;
        messages = messagesJson;
        if (cleared != null) {
            clearedXml = cleared;
        }
        if (clearedQr != null) {
            qr = clearedQr;
        }
        lastError = null;
        nextAttemptAt = null;
        completedAt = now;
        release(now);
    }

    /** Not delivered (or not accepted for a reason that may pass): stays PENDING for the outbox. */
    public void retryLater(String error, String messagesJson, Instant next, Instant now) {
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        if (messagesJson != null) {
            messages = messagesJson;
        }
        nextAttemptAt = next;
        release(now);
    }

    /** Fatoora answered 303 (clearance switched off): the same document goes to reporting from now on. */
    public void routeToReporting() {
        route = SubmissionAction.REPORTING;
    }

    public boolean leasedBy(String token) {
        return token != null && token.equals(leaseToken);
    }

    private void release(Instant now) {
        leaseToken = null;
        leaseUntil = null;
        updatedAt = now;
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

    public String getUuid() {
        return uuid;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public long getIcv() {
        return icv;
    }

    public String getPreviousInvoiceHash() {
        return previousInvoiceHash;
    }

    public String getInvoiceHash() {
        return invoiceHash;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public InvoiceSubtype getSubtype() {
        return subtype;
    }

    public SubmissionAction getAction() {
        return action;
    }

    public SubmissionAction getRoute() {
        return route;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public byte[] getSignedXml() {
        return signedXml;
    }

    public byte[] getClearedXml() {
        return clearedXml;
    }

    public String getQr() {
        return qr;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getDeadlineNotice() {
        return deadlineNotice;
    }

    public void deadlineNoticed(String notice) {
        this.deadlineNotice = notice;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public String getRequestDigest() {
        return requestDigest;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getMessages() {
        return messages;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
