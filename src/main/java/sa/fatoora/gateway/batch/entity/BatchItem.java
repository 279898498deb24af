package sa.fatoora.gateway.batch.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;

/**
 * One invoice request of a batch, at its place in the body ({@code itemIndex}, from 0). {@code request} is the
 * invoice as the pipeline takes it (the bound request in its canonical JSON), null for an item refused while the
 * body was read. The items of one unit form a lane, issued in index order (that order is their ICV order); a
 * processor claims the next items of a lane with a lease and applies a result only while it holds that lease.
 */
@Entity
@Cacheable(false) // several instances share the rows
@Table(
        name = "FG_INVOICE_BATCH_ITEM",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "FG_INVOICE_BATCH_ITEM_UQ",
                        columnNames = {"batchId", "itemIndex"}))
@NamedQuery(
        name = BatchItem.LANES,
        query = "SELECT DISTINCT i.egsUnitId FROM BatchItem i WHERE i.batchId = :batchId AND i.state = :queued")
@NamedQuery(
        name = BatchItem.LANE_HEAD,
        query = "SELECT i.itemIndex, i.leaseUntil FROM BatchItem i WHERE i.batchId = :batchId"
                + " AND i.egsUnitId = :egsUnitId AND i.state = :queued ORDER BY i.itemIndex")
@NamedQuery(
        name = BatchItem.CLAIM,
        query = "UPDATE BatchItem i SET i.leaseToken = :token, i.leaseUntil = :until WHERE i.batchId = :batchId"
                + " AND i.egsUnitId = :egsUnitId AND i.state = :queued AND i.itemIndex >= :from"
                + " AND i.itemIndex < :to AND (i.leaseUntil IS NULL OR i.leaseUntil < :now)")
@NamedQuery(
        name = BatchItem.CLAIMED,
        query = "SELECT i FROM BatchItem i WHERE i.batchId = :batchId AND i.egsUnitId = :egsUnitId"
                + " AND i.state = :queued AND i.itemIndex >= :from AND i.itemIndex < :to ORDER BY i.itemIndex")
@NamedQuery(
        name = BatchItem.RENEW,
        query = "UPDATE BatchItem i SET i.leaseUntil = :until WHERE i.batchId = :batchId AND i.leaseToken = :token"
                + " AND i.state = :queued")
@NamedQuery(
        name = BatchItem.FINISH,
        query = "UPDATE BatchItem i SET i.state = :state, i.invoiceId = :invoiceId, i.resultStatus = :resultStatus,"
                + " i.errors = :errors, i.finishedAt = :now, i.request = NULL, i.leaseToken = NULL,"
                + " i.leaseUntil = NULL WHERE i.id = :id AND i.leaseToken = :token AND i.state = :queued")
@NamedQuery(
        name = BatchItem.COUNT_QUEUED,
        query = "SELECT COUNT(i) FROM BatchItem i WHERE i.batchId = :batchId AND i.state = :queued")
@NamedQuery(
        name = BatchItem.COUNT_BY_STATE,
        query = "SELECT i.state, COUNT(i) FROM BatchItem i WHERE i.batchId = :batchId GROUP BY i.state")
@NamedQuery(
        name = BatchItem.COUNT_BY_DOCUMENT_STATUS,
        query = "SELECT d.status, COUNT(i) FROM BatchItem i, InvoiceDocument d WHERE d.id = i.invoiceId"
                + " AND i.batchId = :batchId AND i.state = :done GROUP BY d.status")
@NamedQuery(
        name = BatchItem.PAGE,
        query = "SELECT NEW sa.fatoora.gateway.batch.entity.ItemRow(i.itemIndex, i.egsUnitId, i.invoiceNumber,"
                + " i.state, i.invoiceId, i.resultStatus, i.errors) FROM BatchItem i WHERE i.batchId = :batchId"
                + " AND i.itemIndex > :after ORDER BY i.itemIndex")
public class BatchItem {

    public static final String LANES = "BatchItem.lanes";
    public static final String LANE_HEAD = "BatchItem.laneHead";
    public static final String CLAIM = "BatchItem.claim";
    public static final String CLAIMED = "BatchItem.claimed";
    public static final String RENEW = "BatchItem.renew";
    public static final String FINISH = "BatchItem.finish";
    public static final String COUNT_QUEUED = "BatchItem.countQueued";
    public static final String COUNT_BY_STATE = "BatchItem.countByState";
    public static final String COUNT_BY_DOCUMENT_STATUS = "BatchItem.countByDocumentStatus";
    public static final String PAGE = "BatchItem.page";

    /** An item's request at the most: a single invoice's body limit (fatoora.request.max-body-bytes' default). */
    public static final int MAX_REQUEST_BYTES = 20_971_520;

    @Id
    @SequenceGenerator(
            name = "invoice_batch_item_seq",
            sequenceName = "FG_INVOICE_BATCH_ITEM_SEQ",
            allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_batch_item_seq")
    private Long id;

    @Column(nullable = false)
    private Long batchId;

    @Column(nullable = false)
    private int itemIndex;

    @Column(nullable = false)
    private Long tenantId;

    private Long egsUnitId;

    @Column(length = 127)
    private String invoiceNumber;

    @Column(length = 200)
    private String idempotencyKey;

    @Lob
    @Column(length = MAX_REQUEST_BYTES)
    private byte[] request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemState state;

    @Column(length = 36)
    private String leaseToken;

    private Instant leaseUntil;

    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private InvoiceStatus resultStatus;

    @Lob
    @Column(length = 1_048_576)
    private String errors;

    private Instant finishedAt;

    protected BatchItem() {}

    /** An item to issue: its unit, number, the caller's key (or null) and the canonical request. */
    public static BatchItem queued(
            Long batchId,
            int index,
            Long tenantId,
            Long egsUnitId,
            String invoiceNumber,
            String idempotencyKey,
            byte[] request) {
        BatchItem item = new BatchItem(batchId, index, tenantId);
        item.egsUnitId = egsUnitId;
        item.invoiceNumber = invoiceNumber;
        item.idempotencyKey = idempotencyKey;
        item.request = request;
        item.state = ItemState.QUEUED;
        return item;
    }

    /** An item refused while the body was read (it can't be bound or breaks a field rule): its errors as JSON. */
    public static BatchItem refused(Long batchId, int index, Long tenantId, String errors, Instant now) {
        BatchItem item = new BatchItem(batchId, index, tenantId);
        item.state = ItemState.FAILED;
        item.errors = errors;
        item.finishedAt = now;
        return item;
    }

    private BatchItem(Long batchId, int index, Long tenantId) {
        this.batchId = batchId;
        this.itemIndex = index;
        this.tenantId = tenantId;
    }

    public boolean leasedBy(String token) {
        return token != null && token.equals(leaseToken);
    }

    /** Claimed but not to be issued now: free for the next claim at once. */
    public void release() {
        this.leaseToken = null;
        this.leaseUntil = null;
    }

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
    }

    public int getItemIndex() {
        return itemIndex;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getEgsUnitId() {
        return egsUnitId;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public byte[] getRequest() {
        return request;
    }

    public ItemState getState() {
        return state;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public InvoiceStatus getResultStatus() {
        return resultStatus;
    }

    public String getErrors() {
        return errors;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
