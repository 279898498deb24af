package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.XmlRejectedException;

/** Hand-written documents around the QR reference; the SDK's cleared sample is read in DocumentsFromErpTest. */
class ClearedQrTest {

    private static final String HEAD = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
            + " xmlns:cac=\"" + Ubl.NS_CAC + "\" xmlns:cbc=\"" + Ubl.NS_CBC + "\">";

    private static String of(String body) {
        return ClearedQr.of((HEAD + body + "</Invoice>").getBytes(StandardCharsets.UTF_8));
    }

    private static String reference(String id, String value) {
        return "<cac:AdditionalDocumentReference><cbc:ID>" + id + "</cbc:ID><cac:Attachment>"
                + "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"text/plain\">" + value
                + "</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>";
    }

    @Test
    void theQrReferenceIsFoundAmongTheOthers() {
        assertEquals(
                "AQ1RUg==", of(reference("ICV", "46") + reference("PIH", "NWZl") + reference("QR", " AQ1RUg==\n")));
    }

    @Test
    void theIdMayComeAfterTheAttachment() {
        assertEquals(
                "AQ1RUg==",
                of("<cac:AdditionalDocumentReference><cac:Attachment><cbc:EmbeddedDocumentBinaryObject>AQ1RUg=="
                        + "</cbc:EmbeddedDocumentBinaryObject></cac:Attachment><cbc:ID>QR</cbc:ID>"
                        + "</cac:AdditionalDocumentReference>"));
    }

    @Test
    void onlyReferencesDirectlyUnderTheRootCount() {
        assertNull(of("<cac:Delivery>" + reference("QR", "AQ1RUg==") + "</cac:Delivery>"));
        assertNull(of(reference("PIH", "NWZl")));
        assertNull(of("<cac:AdditionalDocumentReference><cbc:ID>QR</cbc:ID></cac:AdditionalDocumentReference>"));
    }

    @Test
    void unsafeOrBrokenDocumentsAreRefused() {
        assertThrows(
                XmlRejectedException.class,
                () -> ClearedQr.of(("<!DOCTYPE Invoice [<!ENTITY x \"y\">]>" + HEAD + "&x;</Invoice>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThrows(
                XmlRejectedException.class,
                () -> ClearedQr.of((HEAD + "<cac:AdditionalDocumentReference>").getBytes(StandardCharsets.UTF_8)));
        assertThrows(XmlRejectedException.class, () -> ClearedQr.of(new byte[0]));
    }
}
