package sa.fatoora.gateway.signing.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * Re-writes a parsed {@code xades:SignedProperties} element the way ZATCA hashes it: as written (whitespace kept),
 * {@code xmlns:xades} before the attributes of the element itself, {@code xmlns:ds} on every ds: element, empty
 * elements self-closing. For a stamp made from our template this gives back the template's digest text exactly.
 */
final class SignedPropertiesText {

    private SignedPropertiesText() {}

    static String digest(Element signedProperties) {
        String text = write(signedProperties);
        return Base64.getEncoder().encodeToString(Certificates.hexSha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String write(Element signedProperties) {
        StringBuilder out = new StringBuilder(2048);
        writeElement(signedProperties, true, out);
        return out.toString();
    }

    private static void writeElement(Element element, boolean top, StringBuilder out) {
        out.append('<').append(element.getTagName());
        if (top) {
            out.append(XadesTemplates.XADES_DECLARATION);
        }
        if (XmlDsig.NS_DS.equals(element.getNamespaceURI())) {
            out.append(XadesTemplates.DS_DECLARATION);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!attribute.getName().startsWith("xmlns")) {
                out.append(' ')
                        .append(attribute.getName())
                        .append("=\"")
                        .append(TextTemplate.escapeAttribute(attribute.getValue()))
                        .append('"');
            }
        }
        if (!element.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> writeElement((Element) n, false, out);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(TextTemplate.escapeText(n.getNodeValue()));
                default -> {
                    // comments and processing instructions are not part of what ZATCA hashes
                }
            }
        }
        out.append("</").append(element.getTagName()).append('>');
    }
}
