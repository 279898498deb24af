package sa.fatoora.gateway.onboarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.egs.entity.AddressData;
import sa.fatoora.gateway.egs.entity.Functionality;
import sa.fatoora.gateway.egs.entity.PartyId;
import sa.fatoora.gateway.egs.entity.SellerData;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.onboarding.entity.ComplianceDocument;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SignatureVerifier;
import sa.fatoora.gateway.signing.control.SigningIdentity;

/**
 * The six compliance documents, signed with the SDK's dummy certificate and key (Data/Certificates): one chain,
 * notes that point at their invoice, valid stamps and QR codes. Full rule validation happens in the ITs, where the
 * simulator runs every stage on them.
 */
class ComplianceDocumentsTest {

    static final SellerData SELLER = new SellerData(
            "399999999900003",
            "Maximum Speed Tech Supply LTD",
            new PartyId("CRN", "1010010000"),
            new AddressData("Prince Sultan", null, "2322", null, "Al-Murabba", "Riyadh", "23333", "SA"));

    static SigningIdentity sdkIdentity() throws Exception {
        Path certificates = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data", "Certificates");
        return SigningIdentity.fromPem(
                Files.readString(certificates.resolve("cert.pem")),
                Files.readString(certificates.resolve("ec-secp256k1-priv-key.pem")));
    }

    @Test
    void theSixDocumentsFormOneChainAndNotesReferenceTheirInvoice() throws Exception {
        ComplianceDocuments documents = ComplianceDocuments.of(new InvoicePreparation(), new InvoiceSigner());
        SigningIdentity identity = sdkIdentity();
        List<ComplianceDocuments.Built> built = new ArrayList<>();
        String pih = ChainPosition.FIRST_PREVIOUS_HASH;
        for (ComplianceDocument kind : ComplianceDocument.requiredBy(Functionality.BOTH)) {
            var doc = documents.build(kind, SELLER, "ONB7", new ChainPosition(built.size() + 1, pih), identity);
            String xml = new String(doc.signed().xml(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<cbc:UUID>" + (built.size() + 1) + "</cbc:UUID>"), "ICV of " + kind);
            assertTrue(xml.contains(pih), "PIH of " + kind);
            assertTrue(xml.contains(">" + kind.type().code() + "</cbc:InvoiceTypeCode>"), kind::name);
            assertTrue(xml.contains("name=\"" + kind.subtype().code() + "00000\""), kind::name);
            if (kind.type().isNote()) {
                assertTrue(xml.contains("<cbc:ID>ONB7-" + kind.subtype().code() + "-388</cbc:ID>"), kind::name);
            }
            assertEquals(List.of(), new SignatureVerifier().verify(doc.signed().xml()), kind::name);
            assertEquals(doc.uuid().toString(), doc.fatooraDocument().uuid());
            pih = doc.signed().invoiceHash();
            built.add(doc);
        }
        assertEquals(6, built.size());
        assertEquals(
                List.of(
                        ComplianceDocument.STANDARD_INVOICE,
                        ComplianceDocument.STANDARD_CREDIT_NOTE,
                        ComplianceDocument.STANDARD_DEBIT_NOTE),
                ComplianceDocument.requiredBy(Functionality.STANDARD));
        assertEquals(
                List.of(
                        ComplianceDocument.SIMPLIFIED_INVOICE,
                        ComplianceDocument.SIMPLIFIED_CREDIT_NOTE,
                        ComplianceDocument.SIMPLIFIED_DEBIT_NOTE),
                ComplianceDocument.requiredBy(Functionality.SIMPLIFIED));
    }

    @Test
    void aSellerWhoIsTheSampleBuyerGetsAnotherBuyer() {
        var request = ComplianceDocuments.request(
                ComplianceDocument.STANDARD_INVOICE, "P", "399999999800003", java.time.LocalDate.of(2025, 1, 1));
        assertEquals("300000000000003", request.buyer().vatNumber());
        assertEquals("P-01-388", request.id());
    }
}
