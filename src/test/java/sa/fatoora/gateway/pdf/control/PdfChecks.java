package sa.fatoora.gateway.pdf.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What the tests check in a PDF, as a reader would: veraPDF's PDF/A-3b verdict, the QR decoded from the rendered
 * first page, the embedded XML, the extracted text. Shared with the integration tests.
 */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {}

    /** veraPDF's failed PDF/A-3b assertions (rule and message); empty when the file conforms. */
    public static List<String> pdfA3bFailures(byte[] pdf) {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(
                            a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static BufferedImage page(byte[] pdf, int index, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.RGB);
        }
    }

    /**
     * The QR decoded from the first page rendered at 150 dpi (a phone's view of a printed page), framed as a person aims a scanner at it: a square of the
     * page's top-left or top-right corner (the QR's place in either language order) with the code and its quiet zone.
     * Over a whole page zxing's detector takes table rules and text for finder patterns now and then.
     */
    public static String qrOnFirstPage(byte[] pdf) throws Exception {
        Exception last = null;
        // 150 dpi first; a second look at 200 dpi, as a person holds the phone closer when the first scan fails
        // (seen: one code in some hundreds of runs not found at 150 dpi in any frame, found at 200)
        for (float dpi : new float[] {150, 200}) {
            BufferedImage page = page(pdf, 0, dpi);
            // the code's side depends on its text (whole dots per module, at least 3: a version 21 code or larger is
            // drawn over QR_SIZE, up to 174 pt at version 26): frames from a little under QR_SIZE to past the largest,
            // each with a quiet zone of 10 pt around the code and no more, as a person aims. (A signature's length
            // varies by a byte or two from run to run, and with it, now and then, the version: the frames used to
            // stop at 170 pt, and such a run failed.)
            for (float codeSide = 110; codeSide <= 230; codeSide += 10) {
                int side = Math.round((InvoicePdfRenderer.MARGIN + codeSide + 10) * dpi / 72);
                int inset = Math.round((InvoicePdfRenderer.MARGIN - 10) * dpi / 72);
                for (int x : new int[] {page.getWidth() - side, inset}) {
                    int width = side - inset;
                    BufferedImage image = page.getSubimage(x, inset, width, width);
                    int[] pixels = image.getRGB(0, 0, width, width, null, 0, width);
                    var source = new RGBLuminanceSource(width, width, pixels);
                    try {
                        return new QRCodeReader()
                                .decode(
                                        new BinaryBitmap(new HybridBinarizer(source)),
                                        Map.of(DecodeHintType.TRY_HARDER, true))
                                .getText();
                    } catch (Exception e) {
                        last = e;
                    }
                    // zxing's finder-pattern detector misses some codes whose data happens to look like finder
                    // patterns (measured: 6 of 120 random ZATCA-length codes, in clean renders, at any dpi); a
                    // scanner aimed at the code alone reads it as a pure barcode: the frame holds only the code and
                    // its quiet zone, so the modules are sampled from the code's own corners
                    try {
                        return new QRCodeReader()
                                .decode(
                                        new BinaryBitmap(new HybridBinarizer(source)),
                                        Map.of(DecodeHintType.PURE_BARCODE, true))
                                .getText();
                    } catch (Exception e) {
                        last = e;
                    }
                }
            }
        }
        throw last;
    }

    /** The embedded files by name. */
    public static Map<String, byte[]> attachments(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var names = document.getDocumentCatalog().getNames();
            Map<String, PDComplexFileSpecification> specs =
                    names.getEmbeddedFiles().getNames();
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            for (var e : specs.entrySet()) {
                files.put(e.getKey(), e.getValue().getEmbeddedFile().toByteArray());
            }
            return files;
        }
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Writes every page as PNG next to the PDF, to look at. */
    public static void writeRenders(byte[] pdf, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(i, 110, ImageType.RGB),
                        "png",
                        dir.resolve(name + "-p" + (i + 1) + ".png").toFile());
            }
        }
    }
}
