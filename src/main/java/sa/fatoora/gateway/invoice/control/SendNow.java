package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.invoice.entity.InvoiceView;

/**
 * An operator's "send now" for one of the tenant's PENDING documents (ZATCA is back and the next attempt is minutes
 * away, or a deadline is near): one attempt at once, through the outbox's own claim, so it is never sent twice. The
 * answer is the document afterwards: answered by ZATCA, or PENDING again with the new error and next attempt.
 */
@ApplicationScoped
public class SendNow {

    @Inject
    InvoiceQueries queries;

    @Inject
    Outbox outbox;

    public InvoiceView send(Long tenantId, Long id) {
        InvoiceDocument d = queries.owned(tenantId, id);
        if (d.getStatus() != InvoiceStatus.PENDING) {
            throw new InvoiceNotPendingException("Invoice " + id + " is " + d.getStatus()
                    + ": ZATCA answered it already, so there is nothing to send again. Nothing was sent.");
        }
        if (!outbox.sendNow(id)) {
            throw new InvoiceNotPendingException("Invoice " + id + " is being sent by another attempt at this moment,"
                    + " or ZATCA has just answered it. Nothing was sent; read it again.");
        }
        return queries.view(queries.owned(tenantId, id), true);
    }
}
