package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.control.SampleFixtures;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Problems;

/**
 * An ERP's unsigned UBL XML: the gateway writes the unit's ICV and PIH into it (replacing the ERP's values), signs
 * and submits it. A document ZATCA rejects keeps its place in the chain; a signed one is refused before it takes
 * a position. The XML comes from the gateway's own writer (examples/invoices, the SDK samples' seller).
 */
@Tag("dates")
class InvoiceXmlIT extends OnboardedUnitTests {

    static final String ERP_PIH = "RVJQLXdyb3RlLXRoaXMtcHJldmlvdXMtaGFzaC1pdC1pcy1yZXBsYWNlZA==";

    /** The example as an ERP would hand it over: unsigned, with its own (wrong) ICV 999 and PIH. */
    static String unsigned(String example) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(Invoices.example(example, unit)))) {
            json = Json.createObjectBuilder(reader.readObject())
                    .remove("egsUnitId")
                    .build();
        }
        InvoiceRequest request;
        try (var jsonb = JsonbBuilder.create()) {
            request = jsonb.fromJson(json.toString(), InvoiceRequest.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        byte[] xml = new InvoicePreparation()
                .prepare(request, SampleFixtures.SELLER, new ChainPosition(999, ERP_PIH), UUID.randomUUID())
                .xml();
        return new String(xml, StandardCharsets.UTF_8);
    }

    static String find(String xml, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(xml);
        assertTrue(m.find(), () -> regex + " in " + xml);
        return m.group(1);
    }

    static String icv(String xml) {
        return find(xml, "<cbc:ID>ICV</cbc:ID>\\s*<cbc:UUID>([^<]*)<");
    }

    static String pih(String xml) {
        return find(xml, "<cbc:ID>PIH</cbc:ID>\\s*<cac:Attachment>\\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>([^<]*)<");
    }

    @Test
    void theChainIsTheGatewaysRejectedDocumentsKeepTheirPlaceSignedOnesAreRefused() {
        Api.Reply first = Invoices.issueXml(tenant.key(), unit, unsigned("simplified-invoice"));
        assertEquals(201, first.status(), first::toString);
        assertEquals("REPORTED", first.object().getString("status"));
        String stored = Invoices.xml(tenant.key(), Invoices.id(first));
        assertEquals("1", icv(stored), "the ERP's ICV 999 was replaced");
        assertEquals(ChainPosition.FIRST_PREVIOUS_HASH, pih(stored), "the ERP's PIH was replaced");

        // no ICV/PIH at all: added where UBL has them
        String bare = unsigned("standard-invoice")
                .replaceAll(
                        "(?s)\\n    <cac:AdditionalDocumentReference>\\s*<cbc:ID>(ICV|PIH)</cbc:ID>.*?"
                                + "</cac:AdditionalDocumentReference>",
                        "");
        Api.Reply second = Invoices.issueXml(tenant.key(), unit, bare);
        assertEquals(201, second.status(), second::toString);
        assertEquals("CLEARED", second.object().getString("status"));
        assertEquals(2, second.object().getJsonNumber("icv").longValue());
        assertEquals(first.object().getString("invoiceHash"), second.object().getString("previousInvoiceHash"));

        // the seller's VAT is not the certificate's: ZATCA rejects it; 200 with its messages, and it keeps ICV 3
        String wrongSeller = unsigned("simplified-invoice").replace("399999999900003", "300000000000003");
        Api.Reply rejected = Invoices.issueXml(tenant.key(), unit, wrongSeller);
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.object().getString("status"));
        assertEquals(3, rejected.object().getJsonNumber("icv").longValue());
        assertTrue(
                rejected.object().getJsonArray("messages").toString().contains("certificate-vat-mismatch"),
                rejected::toString);
        // the ERP is told: invoice.rejected with ZATCA's messages, in the events feed (and to webhooks)
        String rejections =
                Api.get("/api/v1/events?types=invoice.rejected", tenant.key()).body();
        assertTrue(rejections.contains("\"invoiceId\":" + Invoices.id(rejected)), rejections);
        assertTrue(rejections.contains("certificate-vat-mismatch"), rejections);

        // a signed document would get a second stamp: refused before it takes a chain position
        Problems.assertProblem(Invoices.issueXml(tenant.key(), unit, stored), 400, "INVOICE_ALREADY_SIGNED");
        Problems.assertProblem(
                Invoices.issueXml(tenant.key(), unit, "<Order xmlns=\"urn:example\"/>"), 400, "VALIDATION_FAILED");

        Api.Reply after = Invoices.issueXml(tenant.key(), unit, unsigned("simplified-credit-note"));
        assertEquals(201, after.status(), after::toString);
        assertEquals(4, after.object().getJsonNumber("icv").longValue());
        assertEquals(
                rejected.object().getString("invoiceHash"),
                after.object().getString("previousInvoiceHash"),
                "the rejected document stays in the chain");
    }
}
