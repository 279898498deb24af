package sa.fatoora.gateway.signing.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in the document text: the end of the root start tag and the start of each child element of the
 * root. The stamp is spliced into the caller's text at these offsets so that nothing the caller wrote is re-indented
 * or re-serialized. The text has already been parsed, so it is well-formed; this only tracks tags and depth.
 */
record TopLevelLayout(int rootStartTagEnd, List<Integer> childStarts) {

    static TopLevelLayout scan(String text) {
        int rootEnd = -1;
        List<Integer> starts = new ArrayList<>(64);
        int depth = 0;
        int i = text.indexOf('<');
        while (i >= 0) {
            int next;
            if (text.startsWith("<?", i)) {
                next = text.indexOf("?>", i) + 2;
            } else if (text.startsWith("<!--", i)) {
                next = text.indexOf("-->", i) + 3;
            } else if (text.startsWith("<![CDATA[", i)) {
                next = text.indexOf("]]>", i) + 3;
            } else if (text.startsWith("</", i)) {
                depth--;
                next = text.indexOf('>', i) + 1;
            } else {
                int end = startTagEnd(text, i);
                if (depth == 0) {
                    rootEnd = end + 1;
                } else if (depth == 1) {
                    starts.add(i);
                }
                if (text.charAt(end - 1) != '/') {
                    depth++;
                }
                next = end + 1;
            }
            i = text.indexOf('<', next);
        }
        return new TopLevelLayout(rootEnd, List.copyOf(starts));
    }

    /** The '>' closing a start tag; attribute values may contain '>' (but never '<'). */
    private static int startTagEnd(String text, int from) {
        char quote = 0;
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
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
}
