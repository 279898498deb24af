package sa.fatoora.gateway.batch.entity;

import java.util.Map;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;

/**
 * Where a batch's items stand: queued (not issued yet), failed (refused, no document), and the issued ones by
 * their document's status now (pending: Fatoora has not taken it yet, the outbox delivers it).
 */
public record BatchCounts(int queued, int failed, int cleared, int reported, int rejected, int pending) {

    public static BatchCounts of(Map<ItemState, Long> byState, Map<InvoiceStatus, Long> byDocumentStatus) {
        return new BatchCounts(
                count(byState.get(ItemState.QUEUED)),
                count(byState.get(ItemState.FAILED)),
                count(byDocumentStatus.get(InvoiceStatus.CLEARED)),
                count(byDocumentStatus.get(InvoiceStatus.REPORTED)),
                count(byDocumentStatus.get(InvoiceStatus.REJECTED)),
                count(byDocumentStatus.get(InvoiceStatus.PENDING)));
    }

    private static int count(Long n) {
        return n == null ? 0 : n.intValue();
    }

    /** Accepted by Fatoora: cleared or reported. */
    public int succeeded() {
        return cleared + reported;
    }

    /** Refused by the gateway's rules or rejected by Fatoora. */
    public int failedTotal() {
        return failed + rejected;
    }
}
