package sa.fatoora.gateway.pdf.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import sa.fatoora.gateway.pdf.entity.DocumentKind;
import sa.fatoora.gateway.pdf.entity.DocumentState;
import sa.fatoora.gateway.pdf.entity.PdfLook;
import sa.fatoora.gateway.pdf.entity.PrintedInvoice;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;

/**
 * A signed invoice's XML to its PDF/A-3b: A4, Arabic and English side by side (labels in both languages, the
 * leading one first), the QR drawn as vector modules, the XML embedded. Every value comes from the XML
 * ({@link SignedInvoiceReader}); the look from the branding.
 */
@ApplicationScoped
public class InvoicePdfRenderer {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 36;
    static final float CONTENT = WIDTH - 2 * MARGIN;
    static final float FOOTER = 54;
    /** The QR's side on the page: 48 mm, so that a 700-character QR (about 95 modules at level M) has modules of
     * half a millimetre, which phone and till scanners read at arm's length. */
    static final float QR_SIZE = 136;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public InvoicePdfRenderer() {}

    public InvoicePdfRenderer(Clock clock) {
        this.clock = clock;
    }

    /** Renders the document; {@code xml} is embedded byte for byte. */
    public byte[] render(byte[] xml, DocumentState state, PdfLook look) {
        PrintedInvoice invoice = SignedInvoiceReader.read(xml);
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            PdfFonts fonts = PdfFonts.forThisThread();
            Writer w = new Writer(document, fonts, look);
            new InvoiceLayout(w, invoice, state, look.order()).draw();
            w.finish(invoice);
            OffsetDateTime now = OffsetDateTime.now(clock.withZone(Riyadh.ZONE));
            DocumentKind kind = invoice.kind();
            String title = kind.english() + " " + nz(invoice.number());
            PdfA.outputIntent(document);
            PdfA.metadata(
                    document,
                    title,
                    kind.english() + " / " + kind.arabic() + " " + nz(invoice.number()) + ", UUID " + nz(invoice.uuid())
                            + ", ICV " + nz(invoice.icv()) + ", issued " + nz(invoice.issueDate()) + " "
                            + nz(invoice.issueTime()),
                    invoice.uuid(),
                    now);
            PdfA.attach(
                    document,
                    xml,
                    PdfA.fileName(invoice.number()),
                    "The signed UBL 2.1 XML of " + title
                            + (state == DocumentState.CLEARED ? ", as ZATCA cleared it" : ""),
                    now);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Labels: English and Arabic. */
    record Label(String en, String ar) {}

    static Label l(String en, String ar) {
        return new Label(en, ar);
    }

    /** Low-level drawing: pages, text in visual order, wrapping, rectangles; tracks the pages for the footer. */
    static final class Writer {
        final PDDocument document;
        final PdfFonts fonts;
        final PDType0Font regular;
        final PDType0Font bold;
        final float[] accent;
        final PdfLook look;
        final List<PDPage> pages = new ArrayList<>();
        PDPageContentStream cs;
        float y;
        /** Printed at the top of every page after the first: the title and number, in each language. */
        String continuationEn;

        String continuationAr;

        Writer(PDDocument document, PdfFonts fonts, PdfLook look) {
            this.document = document;
            this.fonts = fonts;
            this.regular = fonts.load(document, false);
            this.bold = fonts.load(document, true);
            this.look = look;
            this.accent = rgb(look.accent());
        }

        static float[] rgb(int color) {
            return new float[] {((color >> 16) & 0xFF) / 255f, ((color >> 8) & 0xFF) / 255f, (color & 0xFF) / 255f};
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(document, page);
            y = HEIGHT - MARGIN;
            if (pages.size() > 1 && continuationEn != null) {
                text(bold, 8.5f, MARGIN, y - 8, continuationEn, -1, accent);
                text(bold, 8.5f, WIDTH - MARGIN, y - 8, continuationAr, 1, accent);
                line(MARGIN, y - 13, WIDTH - MARGIN, y - 13, accent, 0.5f);
                y -= 22;
            }
        }

        /** Makes room for {@code height}; false when a new page had to be started. */
        boolean ensure(float height) throws IOException {
            if (y - height < MARGIN + FOOTER) {
                newPage();
                return false;
            }
            return true;
        }

        /** Characters the font lacks become '?', controls become spaces. */
        String clean(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char replacement = 0;
                if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
                    replacement = ' ';
                } else if (c != ' ' && !fonts.hasGlyph(c) && !Character.isSurrogate(c)) {
                    replacement = '?';
                } else if (Character.isSurrogate(c)) {
                    replacement = '?';
                }
                if (replacement != 0 && out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                if (out != null) {
                    out.append(replacement != 0 ? replacement : c);
                }
            }
            return out == null ? text : out.toString();
        }

        float width(PDType0Font font, float size, String logical) {
            try {
                return font.getStringWidth(ArabicShaper.shape(clean(logical))) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Draws one line; align -1 left of x, 0 centred on x, 1 ending at x. */
        void text(PDType0Font font, float size, float x, float baseline, String logical, int align, float[] color)
                throws IOException {
            String clean = clean(logical);
            if (clean.isBlank()) {
                return;
            }
            float w = width(font, size, clean);
            float start = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
            cs.beginText();
            cs.setFont(font, size);
            if (color != null) {
                cs.setNonStrokingColor(color[0], color[1], color[2]);
            } else {
                cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            }
            cs.newLineAtOffset(start, baseline);
            cs.showText(VisualText.of(clean));
            cs.endText();
        }

        /** Breaks logical text into lines no wider than {@code width}, at spaces where it can. */
        List<String> wrap(PDType0Font font, float size, String logical, float width) {
            String text = clean(logical).strip();
            if (text.isEmpty()) {
                return List.of();
            }
            if (width(font, size, text) <= width) {
                return List.of(text);
            }
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word wider than the line is cut
                while (width(font, size, word) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        void fill(float x, float yBottom, float w, float h, float[] color) throws IOException {
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        }

        void line(float x1, float y1, float x2, float y2, float[] color, float lineWidth) throws IOException {
            cs.setStrokingColor(color[0], color[1], color[2]);
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }

        void box(float x, float yBottom, float w, float h, float[] color) throws IOException {
            cs.setStrokingColor(color[0], color[1], color[2]);
            cs.setLineWidth(0.5f);
            cs.addRect(x, yBottom, w, h);
            cs.stroke();
        }

        /**
         * The QR, about {@code size} wide (a long text's can be wider: answers the side drawn), in the box of that size at (x, top), aligned to the box's left or right. Its
         * modules are a whole multiple of 1/150 inch, so that 150, 300 and 600 dpi printers and renderers give every
         * module the same number of dots (uneven modules defeat some decoders).
         */
        float qr(String text, float x, float top, float size, boolean alignRight) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter()
                        .encode(
                                text,
                                BarcodeFormat.QR_CODE,
                                0,
                                0,
                                Map.of(
                                        EncodeHintType.ERROR_CORRECTION,
                                        ErrorCorrectionLevel.M,
                                        EncodeHintType.MARGIN,
                                        0));
            } catch (WriterException e) {
                throw new IllegalStateException("QR text too long for a QR code", e);
            }
            // one pixel per module, drawn scaled without interpolation: crisp module edges, no seams between
            // the modules at any resolution, a few hundred bytes
            int n = matrix.getWidth();
            BufferedImage modules = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_BINARY);
            for (int row = 0; row < n; row++) {
                for (int col = 0; col < n; col++) {
                    modules.setRGB(col, row, matrix.get(col, row) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, modules);
            image.setInterpolate(false);
            float dot = 72f / 150;
            float module = Math.max(3, Math.round(size / n / dot)) * dot;
            float side = module * n;
            cs.drawImage(image, alignRight ? x + size - side : x, top - side, side, side);
            return side;
        }

        void logo(byte[] bytes, float x, float top, float maxWidth, float maxHeight, boolean alignRight)
                throws IOException {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return;
            }
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            cs.drawImage(xobject, alignRight ? x + maxWidth - w : x, top - h, w, h);
        }

        /** Closes the last page and writes every page's footer: the branding text, the page number, the XML note. */
        void finish(PrintedInvoice invoice) throws IOException {
            cs.close();
            int total = pages.size();
            float[] grey = {0.4f, 0.4f, 0.4f};
            for (int i = 0; i < total; i++) {
                cs = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true);
                float top = MARGIN + FOOTER - 14;
                line(MARGIN, top + 6, WIDTH - MARGIN, top + 6, accent, 0.75f);
                if (look.footer() != null && !look.footer().isBlank()) {
                    List<String> footer = wrap(regular, 7.5f, look.footer(), CONTENT);
                    for (int f = 0; f < Math.min(2, footer.size()); f++) {
                        text(regular, 7.5f, WIDTH / 2, top - 4 - f * 10, footer.get(f), 0, grey);
                    }
                }
                float bottom = MARGIN + 2;
                text(
                        regular,
                        6.5f,
                        MARGIN,
                        bottom,
                        "The signed XML of this document is embedded in this PDF (" + PdfA.fileName(invoice.number())
                                + ")",
                        -1,
                        grey);
                text(
                        regular,
                        6.5f,
                        WIDTH - MARGIN,
                        bottom,
                        "ملف XML الموقّع لهذا المستند مضمّن في ملف PDF هذا",
                        1,
                        grey);
                // two paragraphs, each in its own direction
                text(regular, 7f, WIDTH / 2 - 6, bottom - 10, "Page " + (i + 1) + " of " + total, 1, grey);
                text(regular, 7f, WIDTH / 2 + 6, bottom - 10, "صفحة " + (i + 1) + " من " + total, -1, grey);
                cs.close();
            }
            cs = null;
        }
    }
}
