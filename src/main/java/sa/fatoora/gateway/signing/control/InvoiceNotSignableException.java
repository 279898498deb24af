package sa.fatoora.gateway.signing.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** The document cannot be stamped as it is: not a UBL Invoice, not UTF-8, or a part the stamp needs is missing. */
public class InvoiceNotSignableException extends GatewayException {

    public InvoiceNotSignableException(String detail) {
        super("INVOICE_NOT_SIGNABLE", 400, "Invoice cannot be signed", detail);
    }
}
