package sa.fatoora.gateway.invoice.control;

import java.util.Locale;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.zatca.entity.FatooraDocument;

/** The signed document would not fit in one Fatoora request; nothing is stored and no ICV is used. */
public class DocumentTooLargeException extends GatewayException {

    public DocumentTooLargeException(long xmlBytes) {
        super(
                "DOCUMENT_TOO_LARGE",
                413,
                "Document too large for ZATCA",
                String.format(
                        Locale.ROOT,
                        "The signed document is %.1f MB of XML, %.1f MB as ZATCA receives it (base64); ZATCA takes at"
                                + " most %.0f MB per request. Split it into several invoices.",
                        xmlBytes / 1e6,
                        FatooraDocument.requestBytes(xmlBytes) / 1e6,
                        FatooraDocument.MAX_REQUEST_BYTES / 1e6));
    }
}
