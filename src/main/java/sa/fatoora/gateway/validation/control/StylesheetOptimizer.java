package sa.fatoora.gateway.validation.control;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import sa.fatoora.gateway.platform.control.SecureXml;

/**
 * Makes a compiled schematron's cost linear in the document. ZATCA's and EN 16931's stylesheets (SchXslt output)
 * fire a rule on every matching node (every invoice line's tax category, say) and, inside it, loop over the whole
 * document with an absolute path ({@code xsl:for-each select="/ubl:Invoice/cac:InvoiceLine/..."}): what each firing
 * produces does not depend on the node it fired on, yet is computed again each time, so n lines cost n * n.
 *
 * <p>The rewrite moves each such loop into a global variable, evaluated once per transformation (lazily, where the
 * template first asks for it), and puts a copy of its result where the loop was: every firing still produces
 * exactly the same findings, duplicates included. Only loops that can't tell where they were are moved: the select
 * is an absolute path without variables or {@code current()}, the body refers to no variable, and holds no
 * instruction whose meaning depends on the template (apply-templates, next-match, call-template, messages, params).
 * Everything else is left as it is, so a pack whose stylesheets look different is merely not faster.
 */
final class StylesheetOptimizer {

    static final String XSL = "http://www.w3.org/1999/XSL/Transform";

    /** Instructions that make a loop's output depend on more than the document, or that must keep their place. */
    private static final Set<String> ANCHORED = Set.of(
            "apply-templates",
            "apply-imports",
            "next-match",
            "call-template",
            "message",
            "result-document",
            "param",
            "with-param",
            "assert",
            "evaluate",
            "try",
            "fork");

    /** Standard attributes that change how an expression reads: a loop under one of them stays put. */
    private static final Set<String> CONTEXTUAL_ATTRIBUTES = Set.of(
            "xpath-default-namespace", "default-collation", "default-mode", "expand-text", "version", "use-when");

    /** The rewritten stylesheet and how many loops it hoisted. */
    record Optimized(byte[] xsl, int hoisted) {}

    private StylesheetOptimizer() {}

    static Optimized optimize(byte[] xsl) {
        Document stylesheet = SecureXml.parse(xsl, Math.max(xsl.length + 1, SecureXml.DEFAULT_MAX_BYTES));
        Element root = stylesheet.getDocumentElement();
        List<Element> loops = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (isXsl(child, "template")
                    && !"/".equals(((Element) child).getAttribute("match").strip())) {
                collect((Element) child, loops);
            }
        }
        String base = unusedName(xsl);
        int n = 0;
        for (Element loop : loops) {
            String name = base + n++;
            Element variable = stylesheet.createElementNS(XSL, prefixed(root, "variable"));
            variable.setAttribute("name", name);
            variable.setAttribute("as", "item()*");
            inScopeNamespaces(loop, root)
                    .forEach((attribute, uri) ->
                            variable.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attribute, uri));
            Element copy = stylesheet.createElementNS(XSL, prefixed(root, "copy-of"));
            copy.setAttribute("select", "$" + name);
            loop.getParentNode().replaceChild(copy, loop);
            variable.appendChild(loop);
            root.appendChild(variable);
        }
        return new Optimized(n == 0 ? xsl : serialize(stylesheet), n);
    }

    /** The outermost movable loops below a template. */
    private static void collect(Element parent, List<Element> loops) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element element = (Element) child;
            if (hasContextualAttribute(element)) {
                continue;
            }
            if (isXsl(element, "for-each") && movable(element)) {
                loops.add(element);
            } else if (!isXsl(element, "for-each") && !isXsl(element, "for-each-group") && !isXsl(element, "iterate")) {
                collect(element, loops);
            }
        }
    }

    private static boolean movable(Element loop) {
        String select = loop.getAttribute("select").strip();
        if (!select.startsWith("/") || select.contains("$") || select.contains("current()")) {
            return false;
        }
        return contextFree(loop, true);
    }

    /** No variable reference anywhere below, and nothing anchored to the template. */
    private static boolean contextFree(Element element, boolean isLoop) {
        if (!isLoop && XSL.equals(element.getNamespaceURI()) && ANCHORED.contains(element.getLocalName())) {
            return false;
        }
        if (!isLoop && hasContextualAttribute(element)) {
            return false;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    && attribute.getValue().contains("$")) {
                return false;
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && !contextFree((Element) child, false)) {
                return false;
            }
            // a text value template ({$x} under expand-text) would hide a variable in text
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().contains("{$")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasContextualAttribute(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            boolean standard = XSL.equals(element.getNamespaceURI())
                    ? attribute.getNamespaceURI() == null
                    : XSL.equals(attribute.getNamespaceURI());
            if (standard && CONTEXTUAL_ATTRIBUTES.contains(local)) {
                return true;
            }
        }
        return false;
    }

    /** Namespace declarations the loop sees from its ancestors below the root (the root's own stay in scope). */
    private static Map<String, String> inScopeNamespaces(Element loop, Element root) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (Node n = loop.getParentNode(); n != null && n != root; n = n.getParentNode()) {
            NamedNodeMap attributes = n.getAttributes();
            for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    declarations.putIfAbsent(attribute.getName(), attribute.getValue());
                }
            }
        }
        return declarations;
    }

    private static boolean isXsl(Node node, String name) {
        return node.getNodeType() == Node.ELEMENT_NODE
                && XSL.equals(node.getNamespaceURI())
                && name.equals(node.getLocalName());
    }

    private static String prefixed(Element root, String local) {
        String prefix = root.getPrefix();
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** A variable name prefix the stylesheet does not use already. */
    private static String unusedName(byte[] xsl) {
        String text = new String(xsl, java.nio.charset.StandardCharsets.UTF_8);
        String base = "fatooraHoisted";
        while (text.contains(base)) {
            base = base + "_";
        }
        return base;
    }

    private static byte[] serialize(Document stylesheet) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer identity = factory.newTransformer();
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            identity.transform(new DOMSource(stylesheet), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed stylesheet could not be written back", e);
        }
    }
}
