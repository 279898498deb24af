package sa.fatoora.gateway.invoice.control;

import javax.xml.stream.XMLStreamConstants;
import sa.fatoora.gateway.platform.control.SecureXmlStream;

/**
 * The QR ZATCA stamped into a cleared document (zatca-facts section 10: standard documents print the QR of the
 * cleared invoice, not the one the gateway signed with). Read with a streaming reader that stops at the QR's
 * reference, near the top of the document: a whole DOM parse of the cleared invoice cost 2 % of the server's CPU
 * under load (docs/benchmarks.md, Run 4).
 */
public final class ClearedQr {

    private ClearedQr() {}

    /** The QR's base64 TLV text, or null when the document carries none. */
    public static String of(byte[] clearedXml) {
        SecureXmlStream xml = SecureXmlStream.open(clearedXml);
        // depth 1 is the root; the QR is the AdditionalDocumentReference (depth 2) whose first cbc:ID is "QR", in
        // its first cac:Attachment's first cbc:EmbeddedDocumentBinaryObject
        int depth = 0;
        boolean reference = false;
        boolean attachment = false;
        String id = null;
        String binary = null;
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.END_DOCUMENT -> {
                    return null;
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (depth == 2) {
                        reference = xml.isElement(Ubl.NS_CAC, "AdditionalDocumentReference");
                        id = null;
                        binary = null;
                    } else if (reference && depth == 3 && id == null && xml.isElement(Ubl.NS_CBC, "ID")) {
                        id = xml.text();
                        depth--;
                    } else if (reference && depth == 3) {
                        attachment = xml.isElement(Ubl.NS_CAC, "Attachment");
                    } else if (attachment
                            && depth == 4
                            && binary == null
                            && xml.isElement(Ubl.NS_CBC, "EmbeddedDocumentBinaryObject")) {
                        binary = xml.text();
                        depth--;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 3) {
                        attachment = false;
                    }
                    if (depth == 2 && reference && Ubl.QR.equals(id)) {
                        return binary == null ? null : binary.strip();
                    }
                    depth--;
                }
                default -> {}
            }
        }
    }
}
