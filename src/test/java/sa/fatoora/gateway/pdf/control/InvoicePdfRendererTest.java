package sa.fatoora.gateway.pdf.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.pdf.entity.DocumentState;
import sa.fatoora.gateway.pdf.entity.LanguageOrder;
import sa.fatoora.gateway.pdf.entity.PdfLook;
import sa.fatoora.gateway.pdf.entity.PrintedInvoice;
import sa.fatoora.gateway.platform.control.Riyadh;

/**
 * Every ZATCA SDK sample (standard, simplified, credit, debit, export, exempt, foreign currency, prepayment, ...) in
 * both language orders: a PDF/A-3b with zero veraPDF failures, the QR decoded from the rendered first page equal to
 * the document's, the XML embedded byte for byte, the Arabic title and the amount due in the extracted text. The
 * pages are written as PNG under target/pdf-renders to be looked at.
 */
class InvoicePdfRendererTest {

    static final Path SAMPLES = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data/Samples");
    static final Path RENDERS = Path.of("target/pdf-renders");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), Riyadh.ZONE);

    final InvoicePdfRenderer renderer = new InvoicePdfRenderer(CLOCK);

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsAConformingPdfWithItsQrXmlAndTitle(Path sample) throws Exception {
        byte[] xml = Files.readAllBytes(sample);
        PrintedInvoice invoice = SignedInvoiceReader.read(xml);
        for (LanguageOrder order : LanguageOrder.values()) {
            byte[] pdf = renderer.render(xml, DocumentState.SUBMITTED_ELSEWHERE, PdfLook.DEFAULT.withOrder(order));
            String name = sample.getFileName().toString().replace(".xml", "").replace(' ', '_') + "-" + order;
            PdfChecks.writeRenders(pdf, RENDERS, name);

            List<String> failures = PdfChecks.pdfA3bFailures(pdf);
            assertEquals(List.of(), failures, name);
            assertEquals(invoice.qr(), PdfChecks.qrOnFirstPage(pdf), name);
            Map<String, byte[]> files = PdfChecks.attachments(pdf);
            assertEquals(List.of(invoice.number() + ".xml"), List.copyOf(files.keySet()));
            assertArrayEquals(xml, files.values().iterator().next());
            String text = PdfChecks.text(pdf);
            assertTrue(text.contains(invoice.kind().arabic()), () -> name + ": no Arabic title in\n" + text);
            assertTrue(
                    text.contains(Amounts.display(invoice.totals().payable())),
                    () -> name + ": no amount due in\n" + text);
            // the samples have one to three lines: such an invoice is printed on one page
            assertEquals(1, PdfChecks.pages(pdf), name);
        }
    }

    /**
     * A logo and the not-yet-cleared banner share the QR's band with the title and the facts: nothing overlaps the
     * QR (it still decodes), and the two-line invoice still fits on one page.
     */
    @ParameterizedTest
    @EnumSource(LanguageOrder.class)
    void logoAndBannerKeepAShortInvoiceOnOnePage(LanguageOrder order) throws Exception {
        byte[] xml = Files.readAllBytes(SAMPLES.resolve("Standard/Invoice/Standard_Invoice.xml"));
        BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, 400, 150);
        g.dispose();
        ByteArrayOutputStream logo = new ByteArrayOutputStream();
        ImageIO.write(image, "png", logo);
        PdfLook look = new PdfLook(logo.toByteArray(), 0x2E7D32, "Thank you / شكرا", order);

        byte[] pdf = renderer.render(xml, DocumentState.NOT_YET_CLEARED, look);
        PdfChecks.writeRenders(pdf, RENDERS, "branded-not-yet-cleared-" + order);

        assertEquals(List.of(), PdfChecks.pdfA3bFailures(pdf));
        assertEquals(1, PdfChecks.pages(pdf));
        assertEquals(SignedInvoiceReader.read(xml).qr(), PdfChecks.qrOnFirstPage(pdf));
        assertTrue(PdfChecks.text(pdf).contains("NOT YET CLEARED BY ZATCA"));
    }

    /**
     * QR texts from 300 to 700 characters (a ZATCA QR's range) give codes of different sizes, some wider than
     * QR_SIZE: each is drawn whole, away from the facts beside it, and scans from the rendered page.
     */
    @ParameterizedTest
    @EnumSource(LanguageOrder.class)
    void qrCodesOfEverySizeScanAndLeaveRoomForTheFacts(LanguageOrder order) throws Exception {
        String xml = Files.readString(SAMPLES.resolve("Simplified/Invoice/Simplified_Invoice.xml"));
        String qr = SignedInvoiceReader.read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .qr();
        java.util.Random random = new java.util.Random(7);
        for (int length = 300; length <= 700; length += 50) {
            byte[] bytes = new byte[length * 3 / 4];
            random.nextBytes(bytes);
            String text = java.util.Base64.getEncoder().encodeToString(bytes);
            byte[] edited = xml.replace(qr, text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] pdf = renderer.render(edited, DocumentState.SUBMITTED_ELSEWHERE, PdfLook.DEFAULT.withOrder(order));
            if (length == 700) {
                PdfChecks.writeRenders(pdf, RENDERS, "qr-700-characters-" + order);
            }
            assertEquals(text, PdfChecks.qrOnFirstPage(pdf), order + ", " + text.length() + " characters");
            assertEquals(1, PdfChecks.pages(pdf));
        }
    }
}
