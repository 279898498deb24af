package sa.fatoora.gateway.simulator.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts ZATCA's QR into a cleared document: right after the PIH reference, glued to it (no whitespace added outside
 * the QR element, so the invoice hash, which excludes that element, does not change), or in place of the QR the
 * document already had. Works on the text, never re-serializing the document.
 */
final class ClearanceStamp {

    private static final Pattern EXISTING_QR =
            Pattern.compile("(<cac:AdditionalDocumentReference>\\s*<cbc:ID>QR</cbc:ID>\\s*<cac:Attachment>\\s*"
                    + "<cbc:EmbeddedDocumentBinaryObject[^>]*>)([^<]*)(</cbc:EmbeddedDocumentBinaryObject>)");
    private static final Pattern PIH_REFERENCE = Pattern.compile(
            "<cac:AdditionalDocumentReference>\\s*<cbc:ID>PIH</cbc:ID>.*?</cac:AdditionalDocumentReference>",
            Pattern.DOTALL);

    private ClearanceStamp() {}

    static byte[] withQr(byte[] xml, String qr) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher existing = EXISTING_QR.matcher(text);
        if (existing.find()) {
            return (text.substring(0, existing.start(2)) + qr + text.substring(existing.end(2)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        Matcher pih = PIH_REFERENCE.matcher(text);
        if (!pih.find()) {
            throw new IllegalArgumentException("The document has no PIH reference to put the QR after");
        }
        String reference = "<cac:AdditionalDocumentReference><cbc:ID>QR</cbc:ID><cac:Attachment>"
                + "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"text/plain\">" + qr
                + "</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>";
        return (text.substring(0, pih.end()) + reference + text.substring(pih.end())).getBytes(StandardCharsets.UTF_8);
    }
}
