package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer's UTF-8 bytes are String.getBytes(UTF_8)'s, unpaired surrogates included. */
class Utf8OutputTest {

    private static final char[] ALPHABET = {
        'a', '<', '&', '"', ' ', '\n', '\t', '\r', '\u0001', '\u007F', '\u0080', '\u00E9', '\u07FF', '\u0800', '\u0643',
        '\u4E2D', '\uD7FF', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'
    };

    @Test
    void randomTextEncodesAsStringGetBytes() {
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String text = new String(chars);
            Utf8Output out = new Utf8Output(1);
            out.append("<x>").append(text).append('>');
            assertArrayEquals(("<x>" + text + ">").getBytes(StandardCharsets.UTF_8), out.toByteArray(), text);
        }
    }

    /** What the StringBuilder version wrote: the escaped text as one string, then encoded. */
    @Test
    void escapedElementsAreTheStringVersionsBytes() {
        Random random = new Random(6);
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String text = new String(chars);
            XmlBuilder x = new XmlBuilder(4);
            x.element("cbc:Note", "languageID", text, text);
            String expected =
                    "<cbc:Note languageID=\"" + escape(text, true) + "\">" + escape(text, false) + "</cbc:Note>\n";
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), x.bytes(), text);
            assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, x.position());
        }
    }

    /** XmlBuilder's escaping as it was written before it wrote bytes. */
    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '"' && attribute) {
                out.append("&quot;");
            } else if (c == '\r') {
                out.append("&#13;");
            } else if (attribute && (c == '\n' || c == '\t')) {
                out.append(c == '\n' ? "&#10;" : "&#9;");
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == '\uFFFE' || c == '\uFFFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
