package sa.fatoora.gateway.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way the gateway parses untrusted XML: namespace-aware, whitespace kept (the invoice hash depends on it),
 * no DOCTYPE at all (which rules out external entities and entity expansion), no external access, size-capped.
 * A DocumentBuilderFactory is not thread-safe, so each thread keeps its own.
 */
public final class SecureXml {

    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    /**
     * A signed UBL invoice is about 20 elements deep. Far deeper nesting only attacks the recursive tree walkers
     * behind the parser (Saxon's DOM reader for the schematrons overflowed its stack at 200,000 levels: a 500).
     */
    public static final int MAX_DEPTH = 128;

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newBuilder);

    private SecureXml() {}

    /** Parses a document; anything unsafe or malformed is an {@link XmlRejectedException} with a safe message. */
    public static Document parse(byte[] xml) {
        return parse(xml, DEFAULT_MAX_BYTES);
    }

    public static Document parse(byte[] xml, int maxBytes) {
        requireSize(xml, maxBytes);
        DocumentBuilder builder = BUILDER.get();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new XmlRejectedException(describe(e)).causedBy(e);
        } catch (SAXException | IOException e) {
            throw new XmlRejectedException("The XML document could not be parsed").causedBy(e);
        } finally {
            builder.reset();
        }
    }

    /** An empty document from this thread's builder, for code that builds a DOM itself instead of parsing one. */
    public static Document newDocument() {
        return BUILDER.get().newDocument();
    }

    /** Empty and oversized documents are refused before any parsing (SecureXmlStream too). */
    static void requireSize(byte[] xml, int maxBytes) {
        if (xml == null || xml.length == 0) {
            throw new XmlRejectedException("The XML document is empty");
        }
        if (xml.length > maxBytes) {
            throw new XmlRejectedException("The XML document exceeds " + maxBytes + " bytes");
        }
    }

    static final String NO_DOCTYPE = "DOCTYPE declarations are not allowed (no DTDs, no entities)";

    private static String describe(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return NO_DOCTYPE;
        }
        if (message.contains("maxElementDepth")) {
            return "The XML document is nested deeper than " + MAX_DEPTH + " levels";
        }
        return "The XML document is not well-formed (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                + ")";
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setIgnoringElementContentWhitespace(false);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            // every consumer (hash, C14N, validation) walks the whole tree: building it at once beats lazy expansion
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(SILENT);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser does not support secure processing", e);
        }
    }

    /** The default handler prints to stderr; errors are already thrown, so stay quiet. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };
}
