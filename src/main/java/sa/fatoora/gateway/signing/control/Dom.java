package sa.fatoora.gateway.signing.control;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/** Child-by-child DOM walking: the hot paths avoid XPath, which costs more than the whole hash. */
final class Dom {

    private Dom() {}

    static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element
                && namespace.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    /** First child element with that name, or null. */
    static Element child(Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, namespace, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, namespace, localName)) {
                found.add((Element) n);
            }
        }
        return found;
    }

    /** Follows a path of child names; null as soon as one is missing. */
    static Element path(Element from, String namespace, String... localNames) {
        Element current = from;
        for (String name : localNames) {
            current = child(current, namespace, name);
        }
        return current;
    }

    static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }

    /** The {@code cbc:ID} of an AdditionalDocumentReference, compared as XPath's {@code cbc:ID='QR'} does. */
    static boolean isDocumentReference(Node node, String id) {
        return is(node, XmlDsig.NS_CAC, "AdditionalDocumentReference")
                && id.equals(text(child((Element) node, XmlDsig.NS_CBC, "ID")));
    }
}
