package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.control.SampleFixtures;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.entity.SignedInvoice;

/**
 * The plain scan against the parser and Santuario: the same hash, the same signed bytes, and the parser's way for
 * everything outside the subset (including every document the parser rejects).
 */
class PlainXmlScannerTest {

    private static final SigningIdentity IDENTITY = SdkSamples.dummyIdentity();
    private static final LocalDateTime SIGNING_TIME = LocalDateTime.of(2025, 7, 1, 12, 0, 0);
    private final InvoiceSigner plain = new InvoiceSigner(true);
    private final InvoiceSigner parsed = new InvoiceSigner(false);
    private final InvoiceHasher hasher = new InvoiceHasher();

    static Stream<String> unsignedSamples() {
        return SdkSamples.all().map(SdkSamples::read).map(SdkSamples::unsigned);
    }

    static Stream<String> examples() {
        return SampleFixtures.EXAMPLES.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("unsignedSamples")
    void sdkSamplesHashAndSignAsWithTheParser(String unsigned) {
        byte[] xml = unsigned.getBytes(StandardCharsets.UTF_8);
        assertNotNull(PlainXmlScanner.scan(xml, InvoiceReader.READS), "the SDK samples are in the subset");
        assertSameSignature(xml);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void ourDocumentsHashAndSignAsWithTheParser(String name) {
        byte[] xml = new InvoicePreparation(SampleFixtures.CLOCK)
                .prepare(
                        SampleFixtures.example(name),
                        SampleFixtures.SELLER,
                        new ChainPosition(7, ChainPosition.FIRST_PREVIOUS_HASH),
                        UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
                .xml();
        assertNotNull(PlainXmlScanner.scan(xml, InvoiceReader.READS), "our own documents are in the subset");
        assertSameSignature(xml);
    }

    /** Inside the subset but unlike what we write: C14N rewrites each, the scan must agree with Santuario. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a><b z='1' a=\"2\" m = '3'  /></a>",
                "<a\n\tx=\"1\"\n>t</a >",
                "<a x=\"&lt;&amp;&gt;&quot;&apos;&#9;&#10;&#13;&#x41;\">&lt;&amp;&gt;&quot;&apos;&#9;&#10;&#13;</a>",
                "<a x=\"tab\there\nnewline\">\t\n text &#x1F600; &#128512; \uD83D\uDE00 ü ك 中 > ] ]] </a>",
                "<a x='\"quoted\" > less'>single ' and double \" quotes</a>",
                "<p:a xmlns:p=\"urn:p\" xmlns:z=\"urn:a\" xmlns=\"urn:d\" z:y=\"1\" p:y=\"2\" b=\"3\" p:a=\"4\"><p:b/><c/></p:a>",
                "<a xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:x x.xsd\"/>",
                "<a xmlns:q=\"urn:amp&amp;quote&quot;\"><q:b q:c=\"&#xE000;\"/></a>",
                "<a>\uFFFD \u00A0 \u07FF \u0800 \uD7FF \uE000 \uD800\uDC00 \uDBFF\uDFFF</a>",
                "<a><b a=\"1\" z=\"2\">x</b><b z=\"2\" a=\"1\">y</b><b a='1'>z</b><b a=\"x&amp;y\">w</b></a>",
                "<a><b a=\"t\tx\">v</b><b a=\"1\"  z=\"2\">u</b><b a =\"1\">t</b><b a=\"1\" >s</b><b a=\">\">r</b></a>",
                "<a xmlns:p=\"urn:p\"><b c=\"1\" p:a=\"2\">x</b><b p:a=\"2\" c=\"1\">y</b></a>",
            })
    void subsetVariantsCanonicalizeAsSantuario(String body) {
        for (String xml : List.of(body, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body, "\n \t" + body + "\n")) {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            PlainXmlScanner.Scan scan = PlainXmlScanner.scan(bytes, InvoiceReader.READS);
            assertNotNull(scan, xml);
            assertEquals(
                    Base64.getEncoder().encodeToString(hasher.digest(SecureXml.parse(bytes))),
                    Base64.getEncoder().encodeToString(scan.digest()),
                    xml);
        }
    }

    /** Outside the subset, well-formed or not: the scan steps aside and the parser decides. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a><!-- comment --></a>",
                "<a><![CDATA[x]]></a>",
                "<a><?pi x?></a>",
                "<?xml version=\"1.0\"?><a/>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a/>",
                "<!DOCTYPE a><a/>",
                "<a>\r\n</a>",
                "<a x=\"\r\"/>",
                "<a><b xmlns=\"urn:b\"/></a>",
                "<a><b xmlns:p=\"urn:p\"/></a>",
                "<a xmlns=\"\"/>",
                "<a xmlns:p=\"relative\"/>",
                "<p:a/>",
                "<a xml:lang=\"ar\"/>",
                "<a x=\"1\" x=\"2\"/>",
                "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:x=\"2\"/>",
                "<a x=\"1\"y=\"2\"/>",
                "<a>&nbsp;</a>",
                "<a>&#0;</a>",
                "<a>&#x80;</a>",
                "<a>&#xFFFE;</a>",
                "<a>]]></a>",
                "<a>\u0001</a>",
                "<a>\u0085</a>",
                "<a>\uFFFF</a>",
                "<a></b>",
                "<a>",
                "<a/><b/>",
                "<a/>x",
                "<a/><!-- after -->",
                "<a x=\"<\"/>",
                "<a x=1/>",
                "<1a/>",
                "<a:/>",
                "<\u00E9/>",
                " <?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>",
                "",
            })
    void everythingElseTakesTheParsersWay(String xml) {
        assertNull(PlainXmlScanner.scan(xml.getBytes(StandardCharsets.UTF_8), InvoiceReader.READS), xml);
    }

    @Test
    void malformedUtf8TakesTheParsersWay() {
        for (byte[] bad : List.of(
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                new byte[] {(byte) 0xE0, (byte) 0x80}, // truncated
                new byte[] {(byte) 0x80}, // a lone continuation byte
                new byte[] {(byte) 0xFF})) {
            byte[] xml =
                    concat("<a>".getBytes(StandardCharsets.US_ASCII), bad, "</a>".getBytes(StandardCharsets.US_ASCII));
            assertNull(PlainXmlScanner.scan(xml, InvoiceReader.READS));
        }
    }

    @Test
    void deepDocumentsTakeTheParsersWay() {
        String deep = "<a>".repeat(PlainXmlScanner.MAX_DEPTH + 1) + "</a>".repeat(PlainXmlScanner.MAX_DEPTH + 1);
        assertNull(PlainXmlScanner.scan(deep.getBytes(StandardCharsets.US_ASCII), InvoiceReader.READS));
        String fits = "<a>".repeat(PlainXmlScanner.MAX_DEPTH) + "</a>".repeat(PlainXmlScanner.MAX_DEPTH);
        assertNotNull(PlainXmlScanner.scan(fits.getBytes(StandardCharsets.US_ASCII), InvoiceReader.READS));
    }

    /** A signable document with features C14N rewrites, in the parts the QR reads: same bytes either way. */
    @Test
    void rewrittenPartsSignAsWithTheParser() {
        String unsigned = SdkSamples.unsigned(
                        SdkSamples.read(SdkSamples.sample("Simplified/Invoice/Simplified_Invoice.xml")))
                .replace("<cbc:RegistrationName>", "<cbc:RegistrationName x='1'   a=\"&amp;\">A &amp; B &#x41; ")
                .replace("<cbc:IssueTime>", "<cbc:IssueTime\n>")
                .replace(
                        "<cbc:TaxCurrencyCode>SAR</cbc:TaxCurrencyCode>",
                        "<cbc:TaxCurrencyCode>S&#65;R</cbc:TaxCurrencyCode >");
        byte[] xml = unsigned.getBytes(StandardCharsets.UTF_8);
        assertNotNull(PlainXmlScanner.scan(xml, InvoiceReader.READS));
        assertSameSignature(xml);
    }

    private void assertSameSignature(byte[] xml) {
        SignedInvoice viaScan = plain.sign(xml, IDENTITY, SIGNING_TIME);
        SignedInvoice viaParser = parsed.sign(xml, IDENTITY, SIGNING_TIME);
        assertEquals(viaParser.invoiceHash(), viaScan.invoiceHash());
        assertEquals(viaParser.qr(), viaScan.qr());
        assertArrayEquals(viaParser.xml(), viaScan.xml());
        assertEquals(hasher.hash(SecureXml.parse(xml)), viaScan.invoiceHash());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
