package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.signing.control.InvoiceAlreadySignedException;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;

/**
 * The pieces around the signer: what is read from an ERP's unsigned XML, the QR taken from a cleared document,
 * ZATCA's messages as stored, and the QR image.
 */
class DocumentsFromErpTest {

    private static byte[] unsignedExample(String name) {
        return new InvoicePreparation(SampleFixtures.CLOCK)
                .prepare(
                        SampleFixtures.example(name),
                        SampleFixtures.SELLER,
                        new ChainPosition(7, ChainPosition.FIRST_PREVIOUS_HASH),
                        UUID.fromString("3cf5ee18-ee25-44ea-a444-2c37ba7f28be"))
                .xml();
    }

    @Test
    void theFactsOfAnUnsignedDocument() {
        ErpXml.Facts credit = ErpXml.read(unsignedExample("standard-credit-note"));
        assertEquals("SME00015", credit.invoiceNumber());
        assertEquals("3cf5ee18-ee25-44ea-a444-2c37ba7f28be", credit.uuid());
        assertEquals(DocumentType.CREDIT_NOTE, credit.type());
        assertEquals(InvoiceSubtype.STANDARD, credit.subtype());
        assertEquals(LocalDateTime.of(2022, 9, 5, 16, 50, 40), credit.issuedAt());
        ErpXml.Facts simplified = ErpXml.read(unsignedExample("simplified-debit-note"));
        assertEquals(DocumentType.DEBIT_NOTE, simplified.type());
        assertEquals(InvoiceSubtype.SIMPLIFIED, simplified.subtype());
    }

    @Test
    void aSignedDocumentAndAnIncompleteOneAreRefusedNamingWhat() throws Exception {
        byte[] signed = Files.readAllBytes(
                SampleFixtures.sdkDir().resolve("Data/Samples/Simplified/Invoice/Simplified_Invoice.xml"));
        assertThrows(InvoiceAlreadySignedException.class, () -> ErpXml.read(signed));
        String text = new String(unsignedExample("simplified-invoice"), StandardCharsets.UTF_8)
                .replaceFirst("<cbc:UUID>[^<]*</cbc:UUID>", "<cbc:UUID>not-a-uuid</cbc:UUID>")
                .replace("name=\"0200000\"", "name=\"0300000\"")
                .replace("<cbc:ID>SME00010</cbc:ID>", "<cbc:ID>" + "N".repeat(128) + "</cbc:ID>");
        ValidationFailedException e =
                assertThrows(ValidationFailedException.class, () -> ErpXml.read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                List.of("/Invoice/cbc:ID", "/Invoice/cbc:UUID", "/Invoice/cbc:InvoiceTypeCode"),
                e.errors().stream().map(f -> f.pointer()).toList());
    }

    @Test
    void theQrOfAClearedDocumentIsReadFromIt() throws Exception {
        String sample =
                Files.readString(SampleFixtures.sdkDir().resolve("Data/Samples/Standard/Invoice/Standard_Invoice.xml"));
        String qr = sample.replaceFirst(
                "(?s).*<cbc:ID>QR</cbc:ID>\\s*<cac:Attachment>\\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>([^<]*)<.*",
                "$1");
        assertEquals(qr, ClearedQr.of(sample.getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, ClearedQr.of(unsignedExample("standard-invoice")));
    }

    @Test
    void messagesSurviveTheirStoredForm() {
        List<FatooraMessage> messages = List.of(
                new FatooraMessage("WARNING", "BR-KSA-98", "KSA", "reported late"),
                new FatooraMessage("ERROR", "invalid-invoice-hash", "INVOICE_HASHING_ERRORS", "mismatch"));
        assertEquals(messages, MessagesJson.parse(MessagesJson.of(messages)));
        assertEquals(List.of(), MessagesJson.parse(null));
        assertEquals("[]", MessagesJson.of(null));
    }

    @Test
    void theQrPngScansBackToItsText() throws Exception {
        String qr = "AQVTYWxsYQIPMzk5OTk5OTk5OTAwMDAzAxMyMDIyLTA4LTE3VDE3OjQxOjA4".repeat(8);
        byte[] png = QrImage.png(qr, 300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() >= 300, "at least the size asked for");
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(qr, new QRCodeReader().decode(bitmap).getText());
    }
}
