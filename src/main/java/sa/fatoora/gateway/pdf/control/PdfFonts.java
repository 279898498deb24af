package sa.fatoora.gateway.pdf.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Naskh Arabic regular and bold (SIL OFL 1.1; Arabic, Latin and digits in one face), which the build takes from
 * its npm package into the classes folder. The files are read once; each thread parses its own copy (a parsed
 * TrueType font reads its tables lazily and is not safe to share), and each PDF embeds a subset of it.
 */
public final class PdfFonts {

    static final String REGULAR = "fonts/NotoNaskhArabic_400Regular.ttf";
    static final String BOLD = "fonts/NotoNaskhArabic_700Bold.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);

    private static final ThreadLocal<PdfFonts> PER_THREAD = ThreadLocal.withInitial(PdfFonts::new);

    final TrueTypeFont regular;
    final TrueTypeFont bold;

    private PdfFonts() {
        regular = parse(REGULAR_BYTES);
        bold = parse(BOLD_BYTES);
    }

    static PdfFonts forThisThread() {
        return PER_THREAD.get();
    }

    /** The font has a glyph for the code point (others are printed as '?'). */
    boolean hasGlyph(int codePoint) {
        try {
            return regular.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font load(PDDocument document, boolean boldFace) {
        try {
            return PDType0Font.load(document, boldFace ? bold : regular, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // ArabicShaper already chose every glyph's form; PDFBox's own substitution would only redo that work
            // (a sixth of a 10-line PDF's time) with its Latin rules
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font file itself (the console serves it to browsers, so Arabic looks the same on screen and on paper). */
    public static InputStream file(boolean bold) {
        return PdfFonts.class.getResourceAsStream(bold ? BOLD : REGULAR);
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + name + " is missing: the build fetches it from npm");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
