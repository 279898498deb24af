package sa.fatoora.gateway.pdf.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A document given for a PDF is not a signed UBL invoice (no XAdES signature, or not an Invoice at all). */
public class DocumentNotSignedException extends GatewayException {

    public DocumentNotSignedException(String detail) {
        super("DOCUMENT_NOT_SIGNED", 400, "Not a signed invoice", detail);
    }
}
