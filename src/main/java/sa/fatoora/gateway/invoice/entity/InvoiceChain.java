package sa.fatoora.gateway.invoice.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The chain head of one EGS unit: the last ICV handed out and that document's hash (the next PIH). Read with a
 * pessimistic write lock in the transaction that stores the next signed document, so two server instances on one
 * database hand out ICVs one after the other, without gaps or duplicates.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_INVOICE_CHAIN")
public class InvoiceChain {

    @Id
    private Long egsUnitId;

    @Column(nullable = false)
    private long lastIcv;

    @Column(nullable = false, length = 128)
    private String lastHash;

    @Column(nullable = false)
    private Instant updatedAt;

    protected InvoiceChain() {}

    public InvoiceChain(Long egsUnitId, Instant now) {
        this.egsUnitId = egsUnitId;
        this.lastIcv = 0;
        this.lastHash = ChainPosition.FIRST_PREVIOUS_HASH;
        this.updatedAt = now;
    }

    /** Where the next document goes. */
    public ChainPosition next() {
        return new ChainPosition(lastIcv + 1, lastHash);
    }

    public void advance(ChainPosition position, String invoiceHash, Instant now) {
        if (position.icv() != lastIcv + 1) {
            throw new IllegalStateException("The chain moved while it was locked");
        }
        lastIcv = position.icv();
        lastHash = invoiceHash;
        updatedAt = now;
    }

    public Long getEgsUnitId() {
        return egsUnitId;
    }

    public long getLastIcv() {
        return lastIcv;
    }

    public String getLastHash() {
        return lastHash;
    }
}
