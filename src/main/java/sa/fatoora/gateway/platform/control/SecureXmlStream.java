package sa.fatoora.gateway.platform.control;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading a few values near the top of an untrusted document without building it (SecureXml builds the whole tree):
 * a StAX reader with the same refusals, no DOCTYPE, no external entities, the same size cap. The JDK's own factory,
 * configured once; creating readers from it is thread-safe.
 */
public final class SecureXmlStream {

    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader reader;

    private SecureXmlStream(XMLStreamReader reader) {
        this.reader = reader;
    }

    public static SecureXmlStream open(byte[] xml) {
        SecureXml.requireSize(xml, SecureXml.DEFAULT_MAX_BYTES);
        try {
            return new SecureXmlStream(FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml)));
        } catch (XMLStreamException e) {
            throw new XmlRejectedException("The XML document could not be parsed").causedBy(e);
        }
    }

    /** The next event; a DOCTYPE or malformed input is an {@link XmlRejectedException}, as in SecureXml. */
    public int next() {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XmlRejectedException(SecureXml.NO_DOCTYPE);
            }
            return event;
        } catch (XMLStreamException e) {
            throw new XmlRejectedException("The XML document is not well-formed").causedBy(e);
        }
    }

    /** On a start tag: the text of the element and its descendants (as DOM's getTextContent); ends on its end tag. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (int open = 1; open > 0; ) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> open++;
                case XMLStreamConstants.END_ELEMENT -> open--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(
                        reader.getText());
                default -> {}
            }
        }
        return text.toString();
    }

    public boolean isElement(String namespace, String localName) {
        return namespace.equals(reader.getNamespaceURI()) && localName.equals(reader.getLocalName());
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }
}
