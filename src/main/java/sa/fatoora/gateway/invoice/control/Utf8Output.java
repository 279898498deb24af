package sa.fatoora.gateway.invoice.control;

import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer with StringBuilder's appends, for {@link XmlBuilder}. Encodes exactly as
 * {@code String.getBytes(StandardCharsets.UTF_8)} does, including its '?' for an unpaired surrogate; a pair split
 * across two appends would become two '?', which XmlBuilder never does (it splits text only at markup characters).
 */
final class Utf8Output {

    private byte[] bytes;
    private int length;

    Utf8Output(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    /** Markup characters only: '<', '>', '"', ' ' and the like. */
    Utf8Output append(char ascii) {
        if (length == bytes.length) {
            grow(1);
        }
        bytes[length++] = (byte) ascii;
        return this;
    }

    Utf8Output append(String s) {
        return append(s, 0, s.length());
    }

    Utf8Output append(CharSequence s, int from, int to) {
        if (length + 3 * (to - from) > bytes.length) {
            grow(3 * (to - from));
        }
        byte[] b = bytes;
        int n = length;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[n++] = '?';
            }
        }
        length = n;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + needed));
    }
}
