package sa.fatoora.gateway.batch.control;

import sa.fatoora.gateway.batch.entity.ItemRow;
import sa.fatoora.gateway.batch.entity.ItemState;
import sa.fatoora.gateway.batch.entity.ItemView;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;

/** An item as shown: an issued one with its document's status now, the others with their own state. */
final class ItemViews {

    private ItemViews() {}

    /** {@code document}: {status, icv} of the item's document now, or null. */
    static ItemView of(ItemRow row, Object[] document) {
        String status;
        Long icv = null;
        if (row.state() == ItemState.DONE) {
            InvoiceStatus now = document != null ? (InvoiceStatus) document[0] : row.resultStatus();
            status = now.name();
            icv = document != null ? ((Number) document[1]).longValue() : null;
        } else {
            status = row.state().name();
        }
        return new ItemView(
                row.index(),
                row.egsUnitId(),
                row.invoiceNumber(),
                status,
                row.invoiceId(),
                icv,
                ItemErrors.read(row.errors()),
                row.invoiceId() == null ? null : "/api/v1/invoices/" + row.invoiceId());
    }
}
