package sa.fatoora.gateway.simulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.Certificates;
import sa.fatoora.gateway.signing.control.InvoiceHasher;
import sa.fatoora.gateway.signing.control.InvoiceReader;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;
import sa.fatoora.gateway.signing.entity.SignedDocumentFacts;

/** The cleared document carries ZATCA's QR (tags 1-8 from the document and its stamp) and keeps its hash. */
class ClearanceStampTest {

    static final Path SAMPLES = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data/Samples");
    private final InvoiceHasher hasher = new InvoiceHasher();
    private final QrCodes qrCodes = new QrCodes();

    @Test
    void qrAddedAfterPihLeavesTheHashAlone() throws Exception {
        String signed = Files.readString(SAMPLES.resolve("Standard/Invoice/Standard_Invoice.xml"));
        String withoutQr = signed.replaceFirst(
                "(?s)<cac:AdditionalDocumentReference>\\s*<cbc:ID>QR</cbc:ID>.*?</cac:AdditionalDocumentReference>",
                "");
        byte[] xml = withoutQr.getBytes(StandardCharsets.UTF_8);
        var document = SecureXml.parse(xml);
        String hash = hasher.hash(document);
        SignedDocumentFacts submitted = InvoiceReader.readSigned(document);
        String qr = qrCodes.encode(qrCodes.payload(
                submitted.facts(),
                hash,
                submitted.signatureValue().strip(),
                Certificates.fromPem(submitted.certificate().strip())));

        byte[] cleared = ClearanceStamp.withQr(xml, qr);

        assertEquals(hash, hasher.hash(SecureXml.parse(cleared)));
        String text = new String(cleared, StandardCharsets.UTF_8);
        assertTrue(text.contains("</cac:AdditionalDocumentReference><cac:AdditionalDocumentReference><cbc:ID>QR"));
        QrPayload payload = qrCodes.decode(qr);
        assertEquals("399999999900003", payload.text(QrTag.VAT_NUMBER));
        assertEquals(hash, payload.text(QrTag.INVOICE_HASH));
        assertEquals(submitted.signatureValue().strip(), payload.text(QrTag.SIGNATURE));
        assertTrue(payload.has(QrTag.PUBLIC_KEY));

        byte[] replaced = ClearanceStamp.withQr(cleared, "QUJD");
        assertEquals(hash, hasher.hash(SecureXml.parse(replaced)));
        assertTrue(new String(replaced, StandardCharsets.UTF_8).contains(">QUJD</cbc:EmbeddedDocumentBinaryObject>"));
    }
}
