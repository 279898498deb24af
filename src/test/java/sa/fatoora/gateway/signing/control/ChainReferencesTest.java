package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.entity.SignedInvoice;

/** The chain position written into an ERP's unsigned XML, checked against the 19 SDK samples' own layout. */
class ChainReferencesTest {

    private static final String OTHER_PIH = "b3RoZXItcHJldmlvdXMtaGFzaC1mb3ItdGhlLWNoYWluLXRlc3Q=";

    static Stream<Path> samples() {
        return SdkSamples.all();
    }

    private static String icv(String xml) {
        return SdkSamples.find(xml, "<cbc:ID>ICV</cbc:ID>\\s*<cbc:UUID>([^<]*)<");
    }

    private static String pih(String xml) {
        return SdkSamples.find(
                xml, "<cbc:ID>PIH</cbc:ID>\\s*<cac:Attachment>\\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>([^<]*)<");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writingTheSamplesOwnPositionChangesNoByte(Path sample) {
        String unsigned = SdkSamples.unsigned(SdkSamples.read(sample));
        byte[] rewritten = ChainReferences.write(
                unsigned.getBytes(StandardCharsets.UTF_8), Long.parseLong(icv(unsigned)), pih(unsigned));
        assertEquals(unsigned, new String(rewritten, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void missingReferencesAreAddedWhereTheSamplesHaveThem(Path sample) {
        String unsigned = SdkSamples.unsigned(SdkSamples.read(sample));
        String without = unsigned.replaceAll(
                "(?s)\\n    <cac:AdditionalDocumentReference>\\s*<cbc:ID>(ICV|PIH)</cbc:ID>.*?"
                        + "</cac:AdditionalDocumentReference>",
                "");
        assertTrue(!without.contains("<cbc:ID>ICV</cbc:ID>") && !without.contains("<cbc:ID>PIH</cbc:ID>"));
        byte[] rewritten = ChainReferences.write(
                without.getBytes(StandardCharsets.UTF_8), Long.parseLong(icv(unsigned)), pih(unsigned));
        // the unsigned samples keep blank lines where the QR and signature were, and some indent the supplier
        // oddly (the added references line up with it): compare lines without their indentation
        assertEquals(lines(unsigned), lines(new String(rewritten, StandardCharsets.UTF_8)));
    }

    private static java.util.List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theErpsValuesAreReplacedAndTheResultSignsAndHashes() {
        String unsigned =
                SdkSamples.unsigned(SdkSamples.read(SdkSamples.sample("Simplified/Invoice/Simplified_Invoice.xml")));
        byte[] rewritten = ChainReferences.write(unsigned.getBytes(StandardCharsets.UTF_8), 4711, OTHER_PIH);
        String text = new String(rewritten, StandardCharsets.UTF_8);
        assertEquals("4711", icv(text));
        assertEquals(OTHER_PIH, pih(text));
        assertEquals(unsigned.length() - 2 + 4 - pih(unsigned).length() + OTHER_PIH.length(), text.length());
        SignedInvoice signed = new InvoiceSigner().sign(rewritten, SdkSamples.dummyIdentity());
        assertEquals(signed.invoiceHash(), new InvoiceHasher().hash(SecureXml.parse(signed.xml())));
        assertEquals("4711", icv(new String(signed.xml(), StandardCharsets.UTF_8)));
    }

    @Test
    void onlyOneReferenceIsReplacedByThePairBeforeTheSupplier() {
        String unsigned =
                SdkSamples.unsigned(SdkSamples.read(SdkSamples.sample("Standard/Invoice/Standard_Invoice.xml")));
        String onlyIcv = unsigned.replaceAll(
                "(?s)\\n    <cac:AdditionalDocumentReference>\\s*<cbc:ID>PIH</cbc:ID>.*?"
                        + "</cac:AdditionalDocumentReference>",
                "");
        String text = new String(
                ChainReferences.write(onlyIcv.getBytes(StandardCharsets.UTF_8), 7, OTHER_PIH), StandardCharsets.UTF_8);
        assertEquals("7", icv(text));
        assertEquals(OTHER_PIH, pih(text));
        assertEquals(1, text.split("<cbc:ID>ICV</cbc:ID>", -1).length - 1);
        assertTrue(text.indexOf("<cbc:ID>PIH</cbc:ID>") < text.indexOf("<cac:AccountingSupplierParty>"));
    }

    @Test
    void aDocumentWithoutSupplierIsNotSignable() {
        byte[] xml = ("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                        + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                        + "<cbc:ID>1</cbc:ID></Invoice>")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(InvoiceNotSignableException.class, () -> ChainReferences.write(xml, 1, OTHER_PIH));
    }
}
