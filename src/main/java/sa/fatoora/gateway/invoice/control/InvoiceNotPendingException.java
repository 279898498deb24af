package sa.fatoora.gateway.invoice.control;

import sa.fatoora.gateway.platform.control.ConflictException;

/**
 * "Send now" asked for a document that is not waiting to be sent: ZATCA answered it already (REPORTED, CLEARED,
 * REJECTED), or another attempt holds it at this moment.
 */
public class InvoiceNotPendingException extends ConflictException {

    public InvoiceNotPendingException(String detail) {
        super("INVOICE_NOT_PENDING", detail);
    }
}
