package sa.fatoora.gateway.signing.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in the document bytes: the end of the root start tag and the start and end (exclusive) of each
 * child element of the root. The stamp is spliced into the caller's bytes at these offsets so that nothing the caller wrote is
 * re-indented, re-serialized or even re-encoded. Works on UTF-8 directly: markup is ASCII and no byte of a
 * multi-byte UTF-8 sequence is ASCII. The bytes have already been parsed, so they are well-formed; this only
 * tracks tags and depth.
 */
record TopLevelLayout(int rootStartTagEnd, List<Integer> childStarts, List<Integer> childEnds) {

    static TopLevelLayout scan(byte[] xml) {
        int rootEnd = -1;
        List<Integer> starts = new ArrayList<>(64);
        List<Integer> ends = new ArrayList<>(64);
        int depth = 0;
        int i = indexOf(xml, '<', 0);
        while (i >= 0) {
            int next;
            if (startsWith(xml, i, "<?")) {
                next = indexOf(xml, "?>", i) + 2;
            } else if (startsWith(xml, i, "<!--")) {
                next = indexOf(xml, "-->", i) + 3;
            } else if (startsWith(xml, i, "<![CDATA[")) {
                next = indexOf(xml, "]]>", i) + 3;
            } else if (startsWith(xml, i, "</")) {
                depth--;
                next = indexOf(xml, '>', i) + 1;
                if (depth == 1) {
                    ends.add(next);
                }
            } else {
                int end = startTagEnd(xml, i);
                if (depth == 0) {
                    rootEnd = end + 1;
                } else if (depth == 1) {
                    starts.add(i);
                }
                if (xml[end - 1] != '/') {
                    depth++;
                } else if (depth == 1) {
                    ends.add(end + 1);
                }
                next = end + 1;
            }
            i = indexOf(xml, '<', next);
        }
        return new TopLevelLayout(rootEnd, List.copyOf(starts), List.copyOf(ends));
    }

    /** The '>' closing a start tag; attribute values may contain '>' (but never '<'). */
    private static int startTagEnd(byte[] xml, int from) {
        byte quote = 0;
        for (int i = from + 1; i < xml.length; i++) {
            byte c = xml[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw new IllegalStateException("Unterminated start tag in a document that parsed");
    }

    private static int indexOf(byte[] xml, char c, int from) {
        for (int i = from; i < xml.length; i++) {
            if (xml[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] xml, String ascii, int from) {
        for (int i = from; i <= xml.length - ascii.length(); i++) {
            if (startsWith(xml, i, ascii)) {
                return i;
            }
        }
        throw new IllegalStateException("Unterminated markup in a document that parsed");
    }

    private static boolean startsWith(byte[] xml, int at, String ascii) {
        if (at + ascii.length() > xml.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (xml[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
