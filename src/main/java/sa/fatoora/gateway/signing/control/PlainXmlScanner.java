package sa.fatoora.gateway.signing.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sa.fatoora.gateway.platform.control.SecureXml;

/**
 * The invoice hash straight from the UTF-8 bytes, in one pass and without a DOM, for documents that keep to the plain
 * subset of XML the gateway writes: the XML declaration as {@code UblInvoiceWriter} writes it (or none), elements
 * with ASCII names, namespace declarations on the root only, character data with the predefined and numeric
 * references, no comments, processing instructions, CDATA sections, DOCTYPE or carriage returns. For that subset the
 * C14N 1.1 form is the text with the root's namespace declarations and every element's attributes sorted, empty
 * elements written out, references resolved and re-escaped; it is written here byte by byte into SHA-256, the way
 * Santuario would have written it from the parsed DOM. Parsing and canonicalizing were two thirds of a signature.
 * <p>
 * The scan is also the well-formedness check: anything it does not fully understand (any other markup, a name or a
 * character outside the subset, a mismatched tag, a duplicate attribute, an unbound prefix, a document nested deeper
 * than {@link #MAX_DEPTH}) returns null, and the signer takes the parser's way, which accepts or rejects it exactly
 * as before. So nothing is ever signed here that the parser would refuse.
 * <p>
 * Besides the digest, the scan gives a skeleton DOM: the root with its declarations and attributes, every child of
 * the root, and the whole subtree of the children whose local name is in {@code capture} (what the signer reads for
 * the checks and the QR); and where each child of the root starts and ends in the bytes.
 */
final class PlainXmlScanner {

    /** The digest, the skeleton and the offsets; the skeleton's elements are those a full parse gives. */
    record Scan(byte[] digest, Document skeleton, TopLevelLayout layout) {}

    /** Well below the parser's limit ({@link SecureXml#MAX_DEPTH}): deeper documents take the parser's way. */
    static final int MAX_DEPTH = 64;

    private static final byte[] XML_DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] TAB = ascii("&#x9;");
    private static final byte[] LF = ascii("&#xA;");
    private static final byte[] CR = ascii("&#xD;");

    /** Leaving the subset; caught in {@link #scan}. Without a stack trace: it is a branch, not an error. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    private static final int[] NONE = {};

    private final byte[] in;
    private final Set<String> capture;
    private final HashingOutput out;
    private int pos;
    /** Input from here up to the current position is its own canonical form and goes to the digest as it is. */
    private int mark;

    // the elements open now: name offsets and, where the skeleton has them, their DOM elements
    private int depth;
    private final int[] nameStart = new int[MAX_DEPTH + 1];
    private final int[] nameEnd = new int[MAX_DEPTH + 1];
    private final Element[] nodes = new Element[MAX_DEPTH + 1];
    private int captureDepth = Integer.MAX_VALUE; // depth of the captured child of the root being read, if any

    // the root's namespace bindings
    private String defaultNamespace;
    private final List<String> prefixes = new ArrayList<>(8);
    private final List<String> namespaces = new ArrayList<>(8);

    // the attributes of the start tag being read: qname offsets, colon, decoded value in `values`
    private int attributeCount;
    private int[] attributeStart = new int[8];
    private int[] attributeEnd = new int[8];
    private int[] attributeColon = new int[8];
    private int[] valueStart = new int[8];
    private int[] valueEnd = new int[8];
    /** No value so far had a reference, a normalized tab or line feed, or single quotes. */
    private boolean attributesAsWritten;

    private byte[] values = new byte[256];
    private int valuesLength;

    private final ByteBuffer text = new ByteBuffer(256);
    private Document skeleton;
    private int rootStartTagEnd;
    private final List<Integer> childStarts = new ArrayList<>(64);
    private final List<Integer> childEnds = new ArrayList<>(64);

    private PlainXmlScanner(byte[] in, Set<String> capture, MessageDigest sha256) {
        this.in = in;
        this.capture = capture;
        this.out = new HashingOutput(sha256);
    }

    /** Null when the document is outside the subset (or too large): parse it instead. */
    static Scan scan(byte[] xml, Set<String> capture) {
        if (xml == null || xml.length == 0 || xml.length > SecureXml.DEFAULT_MAX_BYTES) {
            return null;
        }
        try {
            return new PlainXmlScanner(xml, capture, Sha256.newDigest()).document();
        } catch (Unsupported e) {
            return null;
        }
    }

    private Scan document() {
        if (startsWith(XML_DECLARATION)) {
            pos = XML_DECLARATION.length;
            skipWhitespace();
        } else {
            skipWhitespace();
        }
        if (at(pos) != '<') {
            throw UNSUPPORTED;
        }
        skeleton = SecureXml.newDocument();
        mark = pos; // the prolog is not part of the canonical form
        startTag();
        while (depth > 0) {
            content();
            if (at(pos + 1) == '/') {
                endTag();
            } else {
                startTag();
            }
        }
        out.pass(in, mark, pos);
        skipWhitespace();
        if (pos != in.length) {
            throw UNSUPPORTED;
        }
        return new Scan(
                out.digest(),
                skeleton,
                new TopLevelLayout(rootStartTagEnd, List.copyOf(childStarts), List.copyOf(childEnds)));
    }

    private void startTag() {
        int tagStart = pos;
        pos++;
        int qStart = pos;
        int colon = name();
        int qEnd = pos;
        attributeCount = 0;
        valuesLength = 0;
        attributesAsWritten = true;
        boolean empty;
        while (true) {
            boolean space = skipWhitespace();
            byte b = at(pos);
            if (b == '>') {
                pos++;
                empty = false;
                break;
            }
            if (b == '/') {
                if (at(pos + 1) != '>') {
                    throw UNSUPPORTED;
                }
                pos += 2;
                empty = true;
                break;
            }
            if (!space) {
                throw UNSUPPORTED;
            }
            attribute();
        }
        if (depth >= MAX_DEPTH) {
            throw UNSUPPORTED;
        }
        if (depth == 0) {
            rootStartTagEnd = pos;
            bindRootNamespaces();
        } else if (depth == 1) {
            childStarts.add(tagStart);
        }
        String namespace = elementNamespace(qStart, colon, qEnd);
        requireDistinctAttributes();
        boolean verbatim = depth > 0
                && !empty
                && attributesAsWritten
                && pos - tagStart == canonicalLength(qStart, qEnd)
                && inCanonicalOrder();
        if (!verbatim) {
            replace(tagStart, pos);
            writeStartTag(qStart, qEnd);
        }
        Element element = skeletonElement(qStart, qEnd, namespace);
        nameStart[depth] = qStart;
        nameEnd[depth] = qEnd;
        nodes[depth] = element;
        depth++;
        if (empty) {
            closeElement(true);
        }
    }

    private void endTag() {
        int tagStart = pos;
        pos += 2;
        int qStart = pos;
        name();
        int length = pos - qStart;
        int open = depth - 1;
        if (length != nameEnd[open] - nameStart[open]
                || !Arrays.equals(in, qStart, pos, in, nameStart[open], nameEnd[open])) {
            throw UNSUPPORTED;
        }
        skipWhitespace();
        if (at(pos) != '>') {
            throw UNSUPPORTED;
        }
        pos++;
        boolean verbatim = pos - tagStart == length + 3;
        if (!verbatim) {
            replace(tagStart, pos);
        }
        closeElement(!verbatim);
    }

    /** @param write whether to write the end tag: not when the input's own end tag passes as it is */
    private void closeElement(boolean write) {
        depth--;
        if (write) {
            out.write('<');
            out.write('/');
            out.write(in, nameStart[depth], nameEnd[depth] - nameStart[depth]);
            out.write('>');
        }
        if (depth == 1) {
            childEnds.add(pos);
        }
        if (depth <= captureDepth) {
            captureDepth = Integer.MAX_VALUE;
        }
    }

    /** The root, the children of the root and the captured subtrees; null for the elements the skeleton leaves out. */
    private Element skeletonElement(int qStart, int qEnd, String namespace) {
        boolean wanted = depth <= 1 || depth > captureDepth;
        if (depth == 1 && capture.contains(localName(qStart, qEnd))) {
            captureDepth = 1;
        }
        if (!wanted) {
            return null;
        }
        Element element = skeleton.createElementNS(namespace, latin1(qStart, qEnd));
        for (int i = 0; i < attributeCount; i++) {
            String qname = latin1(attributeStart[i], attributeEnd[i]);
            String value = new String(values, valueStart[i], valueEnd[i] - valueStart[i], StandardCharsets.UTF_8);
            element.setAttributeNS(attributeNamespace(i), qname, value);
        }
        if (depth == 0) {
            skeleton.appendChild(element);
        } else {
            nodes[depth - 1].appendChild(element);
        }
        return element;
    }

    /** Character data up to the next tag; entity references resolved and written as C14N escapes them. */
    private void content() {
        boolean keep = depth > captureDepth;
        byte[] a = in;
        int p = pos;
        int run = p;
        if (keep) {
            text.clear();
        }
        while (true) {
            if (p >= a.length) {
                throw UNSUPPORTED;
            }
            byte b = a[p];
            if (b >= 0x20 && b != '<' && b != '&' && b != '>' || b == '\n' || b == '\t') {
                p++;
                continue;
            }
            if (b == '<') {
                break;
            }
            if (b < 0) {
                p += utf8Length(p); // passes through as it is
                continue;
            }
            if (keep) {
                text.write(a, run, p - run);
            }
            if (b == '&') {
                pos = p;
                int c = reference();
                replace(p, pos);
                writeTextChar(c);
                if (keep) {
                    text.writeCodePoint(c);
                }
                p = pos;
            } else if (b == '>') {
                if (p - 2 >= run && a[p - 1] == ']' && a[p - 2] == ']') {
                    throw UNSUPPORTED; // "]]>" may not appear in character data
                }
                replace(p, p + 1);
                out.write(GT);
                if (keep) {
                    text.write('>');
                }
                p++;
            } else {
                throw UNSUPPORTED; // carriage returns and other control characters
            }
            run = p;
        }
        pos = p;
        if (keep) {
            text.write(a, run, p - run);
            if (text.length() > 0) {
                nodes[depth - 1].appendChild(skeleton.createTextNode(text.utf8()));
            }
        }
        if (at(pos + 1) == '!' || at(pos + 1) == '?') {
            throw UNSUPPORTED; // comments, CDATA sections, processing instructions
        }
    }

    /** The input from {@code from} to {@code to} is replaced by what is written next; the input before passes. */
    private void replace(int from, int to) {
        out.pass(in, mark, from);
        mark = to;
    }

    private void attribute() {
        if (attributeCount == attributeStart.length) {
            int size = attributeCount * 2;
            attributeStart = Arrays.copyOf(attributeStart, size);
            attributeEnd = Arrays.copyOf(attributeEnd, size);
            attributeColon = Arrays.copyOf(attributeColon, size);
            valueStart = Arrays.copyOf(valueStart, size);
            valueEnd = Arrays.copyOf(valueEnd, size);
        }
        int i = attributeCount++;
        attributeStart[i] = pos;
        attributeColon[i] = name();
        attributeEnd[i] = pos;
        skipWhitespace();
        if (at(pos) != '=') {
            throw UNSUPPORTED;
        }
        pos++;
        skipWhitespace();
        byte quote = at(pos);
        if (quote != '"' && quote != '\'') {
            throw UNSUPPORTED;
        }
        if (quote != '"') {
            attributesAsWritten = false;
        }
        pos++;
        valueStart[i] = valuesLength;
        while (true) {
            byte b = at(pos);
            if (b == quote) {
                pos++;
                break;
            }
            if (b == '&') {
                attributesAsWritten = false;
                appendValue(reference());
            } else if (b == '\t' || b == '\n') {
                attributesAsWritten = false;
                appendValueByte((byte) ' '); // attribute-value normalization (no DTD: every attribute is CDATA)
                pos++;
            } else if (b < 0) {
                int length = utf8Length(pos);
                for (int k = 0; k < length; k++) {
                    appendValueByte(in[pos + k]);
                }
                pos += length;
            } else if (b < 0x20 || b == '<') {
                throw UNSUPPORTED;
            } else {
                appendValueByte(b);
                pos++;
            }
        }
        valueEnd[i] = valuesLength;
    }

    /**
     * Two attributes with the same qualified name, or with two prefixes for the same namespace and the same local
     * name, make the parser fail: leave them to it.
     */
    private void requireDistinctAttributes() {
        for (int i = 1; i < attributeCount; i++) {
            for (int j = 0; j < i; j++) {
                if (Arrays.equals(in, attributeStart[i], attributeEnd[i], in, attributeStart[j], attributeEnd[j])) {
                    throw UNSUPPORTED;
                }
                if (attributeColon[i] >= 0
                        && attributeColon[j] >= 0
                        && !isNamespaceDeclaration(i)
                        && !isNamespaceDeclaration(j)
                        && attributeNamespace(i).equals(attributeNamespace(j))
                        && Arrays.equals(
                                in, attributeColon[i], attributeEnd[i], in, attributeColon[j], attributeEnd[j])) {
                    throw UNSUPPORTED;
                }
            }
        }
    }

    /** The root's declarations become the document's only bindings; anywhere else they leave the subset. */
    private void bindRootNamespaces() {
        for (int i = 0; i < attributeCount; i++) {
            if (!isNamespaceDeclaration(i)) {
                continue;
            }
            String uri = value(i);
            // relative, empty or reserved bindings are rare enough to leave to the parser and Santuario
            if (uri.indexOf(':') < 0
                    || uri.equals(XMLConstants.XML_NS_URI)
                    || uri.equals(XMLConstants.XMLNS_ATTRIBUTE_NS_URI)) {
                throw UNSUPPORTED;
            }
            if (attributeColon[i] < 0) {
                defaultNamespace = uri;
            } else {
                String prefix = latin1(attributeColon[i] + 1, attributeEnd[i]);
                if (prefix.equals(XMLConstants.XML_NS_PREFIX) || prefix.equals(XMLConstants.XMLNS_ATTRIBUTE)) {
                    throw UNSUPPORTED;
                }
                prefixes.add(prefix);
                namespaces.add(uri);
            }
        }
    }

    private boolean isNamespaceDeclaration(int i) {
        int colon = attributeColon[i];
        int start = attributeStart[i];
        int prefixEnd = colon < 0 ? attributeEnd[i] : colon;
        return prefixEnd - start == 5
                && in[start] == 'x'
                && in[start + 1] == 'm'
                && in[start + 2] == 'l'
                && in[start + 3] == 'n'
                && in[start + 4] == 's';
    }

    private String elementNamespace(int qStart, int colon, int qEnd) {
        if (depth > 0) {
            for (int i = 0; i < attributeCount; i++) {
                if (isNamespaceDeclaration(i)) {
                    throw UNSUPPORTED;
                }
            }
        }
        return colon < 0 ? defaultNamespace : bound(qStart, colon);
    }

    /** Null for an unprefixed attribute (no namespace), the XMLNS namespace for a declaration. */
    private String attributeNamespace(int i) {
        if (isNamespaceDeclaration(i)) {
            return XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
        }
        return attributeColon[i] < 0 ? null : bound(attributeStart[i], attributeColon[i]);
    }

    private String bound(int prefixStart, int prefixEnd) {
        int length = prefixEnd - prefixStart;
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            if (prefix.length() == length && regionEquals(prefix, prefixStart)) {
                return namespaces.get(i);
            }
        }
        throw UNSUPPORTED; // unbound, or xml:/xmlns: attributes, which C14N treats specially
    }

    /**
     * C14N's start tag: on the root the namespace declarations first (the default one, then by prefix), then the
     * attributes without a namespace by local name, then the others by namespace URI and local name.
     */
    private void writeStartTag(int qStart, int qEnd) {
        out.write('<');
        out.write(in, qStart, qEnd - qStart);
        if (depth == 0) {
            if (defaultNamespace != null) {
                writeAttribute("xmlns", defaultNamespace);
            }
            Integer[] order = new Integer[prefixes.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> prefixes.get(a).compareTo(prefixes.get(b)));
            for (int i : order) {
                writeAttribute("xmlns:" + prefixes.get(i), namespaces.get(i));
            }
        }
        int[] order = attributeCount == 0 ? NONE : attributeOrder();
        for (int i : order) {
            out.write(' ');
            out.write(in, attributeStart[i], attributeEnd[i] - attributeStart[i]);
            out.write('=');
            out.write('"');
            writeAttributeValue(values, valueStart[i], valueEnd[i]);
            out.write('"');
        }
        out.write('>');
    }

    /**
     * The length of the start tag as C14N writes it: with values as written (see attributesAsWritten), a start tag
     * of this length has single spaces, no spaces around '=' and none before '>', so it is already canonical when its
     * attributes are also in order.
     */
    private int canonicalLength(int qStart, int qEnd) {
        int length = 2 + qEnd - qStart;
        for (int i = 0; i < attributeCount; i++) {
            length += 4 + attributeEnd[i] - attributeStart[i] + valueEnd[i] - valueStart[i];
        }
        return length;
    }

    private boolean inCanonicalOrder() {
        for (int i = 1; i < attributeCount; i++) {
            if (compareAttributes(i - 1, i) > 0) {
                return false;
            }
        }
        return true;
    }

    private int[] attributeOrder() {
        int count = 0;
        int[] order = new int[attributeCount];
        for (int i = 0; i < attributeCount; i++) {
            if (!isNamespaceDeclaration(i)) {
                order[count++] = i;
            }
        }
        // insertion sort: a start tag has a handful of attributes
        for (int i = 1; i < count; i++) {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && compareAttributes(order[j], current) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
        return Arrays.copyOf(order, count);
    }

    private int compareAttributes(int a, int b) {
        String namespaceA = attributeNamespace(a);
        String namespaceB = attributeNamespace(b);
        if (namespaceA == null ^ namespaceB == null) {
            return namespaceA == null ? -1 : 1;
        }
        if (namespaceA != null && !namespaceA.equals(namespaceB)) {
            return namespaceA.compareTo(namespaceB);
        }
        int startA = attributeColon[a] < 0 ? attributeStart[a] : attributeColon[a] + 1;
        int startB = attributeColon[b] < 0 ? attributeStart[b] : attributeColon[b] + 1;
        return Arrays.compare(in, startA, attributeEnd[a], in, startB, attributeEnd[b]);
    }

    private void writeAttribute(String qname, String value) {
        out.write(' ');
        out.write(ascii(qname));
        out.write('=');
        out.write('"');
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeAttributeValue(bytes, 0, bytes.length);
        out.write('"');
    }

    private void writeAttributeValue(byte[] value, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            byte[] escape =
                    switch (value[i]) {
                        case '&' -> AMP;
                        case '<' -> LT;
                        case '"' -> QUOT;
                        case '\t' -> TAB;
                        case '\n' -> LF;
                        case '\r' -> CR;
                        default -> null;
                    };
            if (escape != null) {
                out.write(value, run, i - run);
                out.write(escape);
                run = i + 1;
            }
        }
        out.write(value, run, to - run);
    }

    private void writeTextChar(int c) {
        switch (c) {
            case '&' -> out.write(AMP);
            case '<' -> out.write(LT);
            case '>' -> out.write(GT);
            case '\r' -> out.write(CR);
            default -> out.writeCodePoint(c);
        }
    }

    /** {@code &name;} or {@code &#...;} at pos: the character it stands for; pos moves past it. */
    private int reference() {
        int semicolon = -1;
        for (int i = pos + 1; i < Math.min(in.length, pos + 12); i++) {
            if (in[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw UNSUPPORTED;
        }
        int start = pos + 1;
        int c;
        if (in[start] == '#') {
            c = characterReference(start + 1, semicolon);
        } else if (regionEquals("amp", start, semicolon)) {
            c = '&';
        } else if (regionEquals("lt", start, semicolon)) {
            c = '<';
        } else if (regionEquals("gt", start, semicolon)) {
            c = '>';
        } else if (regionEquals("quot", start, semicolon)) {
            c = '"';
        } else if (regionEquals("apos", start, semicolon)) {
            c = '\'';
        } else {
            throw UNSUPPORTED; // undeclared entity: the parser rejects it
        }
        pos = semicolon + 1;
        return c;
    }

    private int characterReference(int from, int to) {
        boolean hex = from < to && in[from] == 'x';
        int start = hex ? from + 1 : from;
        if (start == to) {
            throw UNSUPPORTED;
        }
        int c = 0;
        for (int i = start; i < to; i++) {
            int digit = Character.digit(in[i], hex ? 16 : 10);
            if (digit < 0 || c > 0x10FFFF) {
                throw UNSUPPORTED;
            }
            c = c * (hex ? 16 : 10) + digit;
        }
        // XML 1.0 characters, without the C1 controls: the rare cases are left to the parser
        boolean allowed = c == '\t'
                || c == '\n'
                || c == '\r'
                || c >= 0x20 && c < 0x7F
                || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
        if (!allowed) {
            throw UNSUPPORTED;
        }
        return c;
    }

    /**
     * The length of the well-formed UTF-8 sequence at {@code at} (2 to 4 bytes), refusing overlong forms,
     * surrogates, U+FFFE/U+FFFF and the C1 controls; anything else leaves the subset, as the parser decides those.
     */
    private int utf8Length(int at) {
        int b0 = in[at] & 0xFF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            int b1 = continuation(at + 1);
            if (b0 == 0xC2 && b1 < 0xA0) {
                throw UNSUPPORTED; // U+0080..U+009F
            }
            return 2;
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            int b1 = continuation(at + 1);
            continuation(at + 2);
            if (b0 == 0xE0 && b1 < 0xA0 || b0 == 0xED && b1 > 0x9F) {
                throw UNSUPPORTED;
            }
            if (b0 == 0xEF && b1 == 0xBF && ((in[at + 2] & 0xFF) >= 0xBE)) {
                throw UNSUPPORTED; // U+FFFE, U+FFFF
            }
            return 3;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            int b1 = continuation(at + 1);
            continuation(at + 2);
            continuation(at + 3);
            if (b0 == 0xF0 && b1 < 0x90 || b0 == 0xF4 && b1 > 0x8F) {
                throw UNSUPPORTED;
            }
            return 4;
        }
        throw UNSUPPORTED;
    }

    private int continuation(int at) {
        int b = at(at) & 0xFF;
        if ((b & 0xC0) != 0x80) {
            throw UNSUPPORTED;
        }
        return b;
    }

    /** An ASCII name, optionally with one prefix; returns the colon's offset or -1. */
    private int name() {
        byte[] a = in;
        int start = pos;
        int p = start;
        int colon = -1;
        while (p < a.length) {
            byte b = a[p];
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_') {
                p++;
            } else if ((b >= '0' && b <= '9' || b == '-' || b == '.') && p > start && p - 1 != colon) {
                p++;
            } else if (b == ':' && colon < 0 && p > start) {
                colon = p++;
            } else {
                break;
            }
        }
        if (p == start || colon == p - 1) {
            throw UNSUPPORTED;
        }
        pos = p;
        return colon;
    }

    private boolean skipWhitespace() {
        int start = pos;
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\n' || in[pos] == '\t')) {
            pos++;
        }
        return pos > start;
    }

    private byte at(int i) {
        if (i >= in.length) {
            throw UNSUPPORTED;
        }
        return in[i];
    }

    private boolean startsWith(byte[] prefix) {
        return in.length >= prefix.length && Arrays.equals(in, 0, prefix.length, prefix, 0, prefix.length);
    }

    private boolean regionEquals(String ascii, int from) {
        for (int k = 0; k < ascii.length(); k++) {
            if (in[from + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean regionEquals(String ascii, int from, int to) {
        return to - from == ascii.length() && regionEquals(ascii, from);
    }

    private String localName(int qStart, int qEnd) {
        int start = qStart;
        for (int i = qStart; i < qEnd; i++) {
            if (in[i] == ':') {
                start = i + 1;
            }
        }
        return latin1(start, qEnd);
    }

    private String latin1(int from, int to) {
        return new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private String value(int i) {
        return new String(values, valueStart[i], valueEnd[i] - valueStart[i], StandardCharsets.UTF_8);
    }

    private void appendValue(int codePoint) {
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        for (byte b : encoded) {
            appendValueByte(b);
        }
    }

    private void appendValueByte(byte b) {
        if (valuesLength == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[valuesLength++] = b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The canonical form on its way into SHA-256, in blocks: Santuario's byte-by-byte writes cost as much as C14N. */
    private static final class HashingOutput {
        private final MessageDigest sha256;
        private final byte[] buffer = new byte[8192];
        private int length;

        HashingOutput(MessageDigest sha256) {
            this.sha256 = sha256;
        }

        void write(int b) {
            if (length == buffer.length) {
                flush();
            }
            buffer[length++] = (byte) b;
        }

        void write(byte[] bytes) {
            write(bytes, 0, bytes.length);
        }

        void write(byte[] bytes, int from, int count) {
            if (count > buffer.length - length) {
                flush();
                if (count > buffer.length) {
                    sha256.update(bytes, from, count);
                    return;
                }
            }
            System.arraycopy(bytes, from, buffer, length, count);
            length += count;
        }

        void writeCodePoint(int c) {
            write(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
        }

        /** Input that is its own canonical form: straight into the digest, after what was written before it. */
        void pass(byte[] bytes, int from, int to) {
            if (to > from) {
                flush();
                sha256.update(bytes, from, to - from);
            }
        }

        byte[] digest() {
            flush();
            return sha256.digest();
        }

        private void flush() {
            sha256.update(buffer, 0, length);
            length = 0;
        }
    }

    /** A growable byte array for the text of captured elements. */
    private static final class ByteBuffer {
        private byte[] bytes;
        private int length;

        ByteBuffer(int capacity) {
            bytes = new byte[capacity];
        }

        void clear() {
            length = 0;
        }

        int length() {
            return length;
        }

        void write(int b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) b;
        }

        void write(byte[] from, int offset, int count) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(from, offset, bytes, length, count);
            length += count;
        }

        void writeCodePoint(int c) {
            byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
            write(encoded, 0, encoded.length);
        }

        String utf8() {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
