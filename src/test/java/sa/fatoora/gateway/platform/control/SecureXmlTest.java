package sa.fatoora.gateway.platform.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SecureXmlTest {

    @Test
    void keepsNamespacesAndWhitespace() {
        Document d = SecureXml.parse("<a xmlns='urn:x'>\n  <b> x </b>\n</a>".getBytes(UTF_8));
        assertEquals("urn:x", d.getDocumentElement().getNamespaceURI());
        assertEquals(3, d.getDocumentElement().getChildNodes().getLength(), "whitespace text nodes kept");
    }

    @Test
    void refusesAnyDoctype() {
        var e = assertThrows(XmlRejectedException.class, () -> SecureXml.parse("<!DOCTYPE a><a/>".getBytes(UTF_8)));
        assertTrue(e.getMessage().contains("DOCTYPE"));
        assertEquals(400, e.status());
    }

    @Test
    void aRefusalKeepsTheParsersExceptionAsItsCause() {
        var e = assertThrows(XmlRejectedException.class, () -> SecureXml.parse("<a><b></a>".getBytes(UTF_8)));
        assertInstanceOf(org.xml.sax.SAXParseException.class, e.getCause());
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>";
        assertThrows(XmlRejectedException.class, () -> SecureXml.parse(xxe.getBytes(UTF_8)));
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder s = new StringBuilder("<?xml version='1.0'?><!DOCTYPE l [<!ENTITY l0 'lol'>");
        for (int i = 1; i < 10; i++) {
            s.append("<!ENTITY l")
                    .append(i)
                    .append(" '")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("'>");
        }
        s.append("]><l>&l9;</l>");
        assertThrows(
                XmlRejectedException.class, () -> SecureXml.parse(s.toString().getBytes(UTF_8)));
    }

    @Test
    void refusesOversizeEmptyAndMalformed() {
        assertThrows(XmlRejectedException.class, () -> SecureXml.parse(new byte[11], 10));
        assertThrows(XmlRejectedException.class, () -> SecureXml.parse(new byte[0]));
        var e = assertThrows(XmlRejectedException.class, () -> SecureXml.parse("<a><b></a>".getBytes(UTF_8)));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void parserIsReusableAfterAFailure() {
        assertThrows(XmlRejectedException.class, () -> SecureXml.parse("<a>".getBytes(UTF_8)));
        assertEquals(
                "ok",
                SecureXml.parse("<ok/>".getBytes(UTF_8)).getDocumentElement().getLocalName());
    }

    @Test
    void refusesNestingDeeperThanAnyInvoice() {
        String deep = "<a>".repeat(200_000) + "</a>".repeat(200_000);
        var e = assertThrows(XmlRejectedException.class, () -> SecureXml.parse(deep.getBytes(UTF_8)));
        assertEquals("The XML document is nested deeper than 128 levels", e.getMessage());
        String allowed = "<a>".repeat(SecureXml.MAX_DEPTH) + "</a>".repeat(SecureXml.MAX_DEPTH);
        assertEquals(
                "a",
                SecureXml.parse(allowed.getBytes(UTF_8)).getDocumentElement().getLocalName());
    }
}
