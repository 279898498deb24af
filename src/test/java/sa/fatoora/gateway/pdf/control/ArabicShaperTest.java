package sa.fatoora.gateway.pdf.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.ArabicShaping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gateway's Arabic shaping against ICU4J's (test scope only): every pair and triple of the basic Arabic letters
 * with spaces and Latin around them, every Arabic text of the SDK samples, and the document titles.
 */
class ArabicShaperTest {

    static final ArabicShaping ICU = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    static String icu(String text) throws Exception {
        return ICU.shape(text);
    }

    static List<Character> letters() {
        List<Character> letters = new ArrayList<>();
        for (char c = '\u0621'; c <= '\u064A'; c++) {
            if (c < '\u063B' || c > '\u0640') {
                letters.add(c);
            }
        }
        letters.add('\u0640');
        return letters;
    }

    @Test
    void everyPairAndTripleOfLettersShapesAsIcuDoes() throws Exception {
        List<Character> letters = letters();
        int checked = 0;
        for (char a : letters) {
            for (char b : letters) {
                for (String text : List.of("" + a + b, " " + a + b + " x", a + " " + b)) {
                    assertEquals(hex(icu(text)), hex(ArabicShaper.shape(text)), text);
                    checked++;
                }
                for (char c : List.of('\u0627', '\u0644', '\u0628', '\u0631', '\u0629')) {
                    String text = "" + a + b + c;
                    assertEquals(hex(icu(text)), hex(ArabicShaper.shape(text)), text);
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 10_000);
    }

    @Test
    void lamAlefLigaturesAndTitlesShapeAsIcuDoes() throws Exception {
        for (String text : List.of(
                "لا",
                "بلا",
                "لأ",
                "للإ",
                "سلآم",
                "فاتورة ضريبية",
                "فاتورة ضريبية مبسطة",
                "إشعار دائن",
                "إشعار مدين",
                "الإجمالي شامل الضريبة",
                "المبلغ المستحق",
                "١٢٣ ريال",
                "شركة (تجربة) 123")) {
            assertEquals(hex(icu(text)), hex(ArabicShaper.shape(text)), text);
        }
    }

    @Test
    void everyArabicTextOfTheSdkSamplesShapesAsIcuDoes() throws Exception {
        Pattern text = Pattern.compile(">([^<]*[\\u0621-\\u064A][^<]*)<");
        int checked = 0;
        try (Stream<Path> files = Files.walk(InvoicePdfRendererTest.SAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                Matcher m = text.matcher(Files.readString(file));
                while (m.find()) {
                    assertEquals(hex(icu(m.group(1))), hex(ArabicShaper.shape(m.group(1))), m.group(1));
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 50, "Arabic texts checked: " + checked);
    }

    @Test
    void bidiPutsArabicRightToLeftAndKeepsNumbersLeftToRight() {
        // logical "رقم 123" is drawn as: 123, space, then the shaped word reversed
        String visual = VisualText.of("رقم 123");
        assertEquals("123 " + new StringBuilder(ArabicShaper.shape("رقم")).reverse(), visual);
        assertEquals("Tax Invoice", VisualText.of("Tax Invoice"));
        assertEquals(true, VisualText.rightToLeft("فاتورة 12"));
        assertEquals(false, VisualText.rightToLeft("12 Invoice فاتورة"));
    }

    static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(String.format("%04X ", (int) c));
        }
        return b.toString();
    }
}
