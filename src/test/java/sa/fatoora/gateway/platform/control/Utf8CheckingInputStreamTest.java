package sa.fatoora.gateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sequences from RFC 3629 and the Unicode standard's table of well-formed UTF-8 (Table 3-7). */
class Utf8CheckingInputStreamTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain ASCII {\"a\":1}",
                "كتاب قلم رصاص", // Arabic, two-byte sequences
                "€ ह ︎", // three-byte sequences
                "𝄞 😀", // four-byte sequences
                "\u07FF\u0800\uD7FF\uE000\uFFFD\uDBFF\uDFFF" // boundaries, up to U+10FFFF
            })
    void wellFormedTextPassesUnchanged(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(bytes, readAll(bytes, false));
        assertArrayEquals(bytes, readAll(bytes, true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FF", // never UTF-8
                "FE",
                "80", // continuation without a lead byte
                "C0AF", // overlong '/'
                "C1BF",
                "E080AF", // overlong three-byte
                "EDA080", // surrogate U+D800
                "F08080AF", // overlong four-byte
                "F4908080", // above U+10FFFF
                "F5808080",
                "C3", // cut off at the end
                "E282",
                "C328", // lead byte followed by ASCII
                "61FFFE62"
            })
    void brokenSequencesAreRefused(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        assertThrows(MalformedRequestException.class, () -> readAll(bytes, false));
        assertThrows(MalformedRequestException.class, () -> readAll(bytes, true));
    }

    private static byte[] readAll(byte[] bytes, boolean oneByOne) throws IOException {
        try (var in = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes))) {
            if (!oneByOne) {
                return in.readAllBytes();
            }
            var out = new java.io.ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
            }
            return out.toByteArray();
        }
    }
}
