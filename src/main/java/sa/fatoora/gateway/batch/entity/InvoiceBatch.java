package sa.fatoora.gateway.batch.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

/**
 * One {@code POST /api/v1/invoices/batches}: whose, under which {@code Idempotency-Key} (null without one), the
 * digest of the request (body, content type, query parameters) that tells a repeat from a different request, and
 * the counts written when its last item finished.
 */
@Entity
@Cacheable(false) // several instances share the rows
@Table(
        name = "FG_INVOICE_BATCH",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "FG_INVOICE_BATCH_KEY_UQ",
                        columnNames = {"tenantId", "idempotencyKey"}))
@NamedQuery(
        name = InvoiceBatch.BY_KEY,
        query = "SELECT b FROM InvoiceBatch b WHERE b.tenantId = :tenantId AND b.idempotencyKey = :key")
@NamedQuery(
        name = InvoiceBatch.RUNNING,
        query = "SELECT b.id FROM InvoiceBatch b WHERE b.status = :running ORDER BY b.id")
@NamedQuery(
        name = InvoiceBatch.COMPLETE,
        query = "UPDATE InvoiceBatch b SET b.status = :completed, b.completedAt = :now, b.succeeded = :succeeded,"
                + " b.failed = :failed, b.outboxPending = :pending WHERE b.id = :id AND b.status = :running")
public class InvoiceBatch {

    public static final String BY_KEY = "InvoiceBatch.byKey";
    public static final String RUNNING = "InvoiceBatch.running";
    public static final String COMPLETE = "InvoiceBatch.complete";

    @Id
    @SequenceGenerator(name = "invoice_batch_seq", sequenceName = "FG_INVOICE_BATCH_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_batch_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    @Column(length = 200)
    private String idempotencyKey;

    @Column(nullable = false, length = 64)
    private String requestDigest;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SubmissionAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BatchStatus status;

    @Column(nullable = false)
    private int itemCount;

    private Integer succeeded;

    private Integer failed;

    private Integer outboxPending;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant completedAt;

    protected InvoiceBatch() {}

    public InvoiceBatch(
            Long tenantId, String idempotencyKey, String requestDigest, SubmissionAction action, Instant createdAt) {
        this.tenantId = tenantId;
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
        this.action = action;
        this.status = BatchStatus.RUNNING;
        this.createdAt = createdAt;
    }

    public void counted(int items) {
        this.itemCount = items;
    }

    /** The digest of the whole request, known once the body has been read. */
    public void digested(String digest) {
        this.requestDigest = digest;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestDigest() {
        return requestDigest;
    }

    public SubmissionAction getAction() {
        return action;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public int getItemCount() {
        return itemCount;
    }

    public Integer getSucceeded() {
        return succeeded;
    }

    public Integer getFailed() {
        return failed;
    }

    public Integer getOutboxPending() {
        return outboxPending;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
