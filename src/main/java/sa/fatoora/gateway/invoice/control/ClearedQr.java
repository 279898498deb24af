package sa.fatoora.gateway.invoice.control;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.Dom;

/**
 * The QR ZATCA stamped into a cleared document (zatca-facts section 10: standard documents print the QR of the
 * cleared invoice, not the one the gateway signed with).
 */
public final class ClearedQr {

    private ClearedQr() {}

    /** The QR's base64 TLV text, or null when the document carries none. */
    public static String of(byte[] clearedXml) {
        Element root = SecureXml.parse(clearedXml).getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (Dom.isDocumentReference(n, Ubl.QR)) {
                String text = Dom.text(Dom.child(
                        Dom.child((Element) n, Ubl.NS_CAC, "Attachment"), Ubl.NS_CBC, "EmbeddedDocumentBinaryObject"));
                return text == null ? null : text.strip();
            }
        }
        return null;
    }
}
