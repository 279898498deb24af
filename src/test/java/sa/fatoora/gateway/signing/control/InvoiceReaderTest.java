package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.entity.SignedDocumentFacts;

/** The one reader of a signed document's own statements, on ZATCA's SDK samples (read from ../shared). */
class InvoiceReaderTest {

    static final Path SAMPLES = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data/Samples");

    private static SignedDocumentFacts read(String sample) throws Exception {
        return InvoiceReader.readSigned(SecureXml.parse(Files.readAllBytes(SAMPLES.resolve(sample))));
    }

    @Test
    void readsIdentityChainSignatureAndQrFactsOfASimplifiedInvoice() throws Exception {
        SignedDocumentFacts doc = read("Simplified/Invoice/Simplified_Invoice.xml");
        assertEquals("8e6000cf-1a98-4174-b3e7-b5d5954bc10d", doc.uuid());
        assertEquals("388", doc.typeCode());
        assertEquals(10L, doc.icvNumber());
        assertFalse(doc.standard());
        assertTrue(doc.facts().simplified());
        assertEquals(
                "NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==", doc.pih());
        // an ECDSA signature: a DER SEQUENCE of r and s
        assertEquals(
                0x30, java.util.Base64.getDecoder().decode(doc.signatureValue().strip())[0]);
        assertTrue(doc.certificate().strip().startsWith("MII"));
        assertEquals("399999999900003", doc.facts().vatNumber());
    }

    @Test
    void aForeignCurrencyInvoicesQrVatIsTheOneInSar() throws Exception {
        // two document-level TaxTotals: 285 USD with the breakdown, 1068.75 SAR without one (BR-KSA-EN16931-09)
        SignedDocumentFacts doc =
                read("Standard/Invoice/Advance Payment adjustments with foreign currency invoice.xml");
        assertTrue(doc.standard());
        assertEquals("1068.75", doc.facts().vatTotal());
        assertEquals(2L, doc.icvNumber());
    }

    @Test
    void whatADocumentLacksIsNull() {
        SignedDocumentFacts doc = InvoiceReader.readSigned(
                SecureXml.parse("<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'/>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertNull(doc.uuid());
        assertNull(doc.icvNumber());
        assertNull(doc.pih());
        assertNull(doc.signatureValue());
        assertFalse(doc.standard());
    }
}
