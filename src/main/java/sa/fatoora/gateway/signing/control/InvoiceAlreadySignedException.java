package sa.fatoora.gateway.signing.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** Stamping twice would leave two QR codes or signatures; a signed document must be sent as it is. */
public class InvoiceAlreadySignedException extends GatewayException {

    public InvoiceAlreadySignedException(String detail) {
        super("INVOICE_ALREADY_SIGNED", 400, "Invoice is already signed", detail);
    }
}
