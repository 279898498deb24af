package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.invoice.control.SampleFixtures.CAC;
import static sa.fatoora.gateway.invoice.control.SampleFixtures.CBC;
import static sa.fatoora.gateway.invoice.control.SampleFixtures.child;
import static sa.fatoora.gateway.invoice.control.SampleFixtures.children;
import static sa.fatoora.gateway.invoice.control.SampleFixtures.text;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.invoice.entity.LineTotals;
import sa.fatoora.gateway.invoice.entity.PrepaymentTotals;
import sa.fatoora.gateway.invoice.entity.UnsignedInvoice;
import sa.fatoora.gateway.invoice.entity.VatBreakdown;

/** Every example request reproduces its SDK sample: totals, then a schema-valid document in the sample's order. */
class ExampleInvoicesTest {

    private static Schema ublSchema;
    private final InvoicePreparation preparation = new InvoicePreparation(SampleFixtures.CLOCK);

    @BeforeAll
    static void loadSchema() throws Exception {
        Path xsd = SampleFixtures.sdkDir().resolve("Data/Schemas/xsds/UBL2.1/xsd/maindoc/UBL-Invoice-2.1.xsd");
        ublSchema =
                SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
    }

    static Stream<String> examples() {
        return SampleFixtures.EXAMPLES.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void bindsPassesValidationAndComputesTheSampleTotals(String name) {
        InvoiceRequest request = SampleFixtures.example(name);
        InvoiceTotals totals = preparation.check(request, SampleFixtures.SELLER);
        Element sample = SampleFixtures.sample(name).getDocumentElement();

        Element lmt = child(sample, CAC, "LegalMonetaryTotal");
        Map<String, BigDecimal> computed = Map.of(
                "LineExtensionAmount",
                totals.lineExtensionAmount(),
                "TaxExclusiveAmount",
                totals.taxExclusiveAmount(),
                "TaxInclusiveAmount",
                totals.taxInclusiveAmount(),
                "AllowanceTotalAmount",
                totals.allowanceTotalAmount(),
                "ChargeTotalAmount",
                totals.chargeTotalAmount(),
                "PrepaidAmount",
                totals.prepaidAmount(),
                "PayableAmount",
                totals.payableAmount());
        for (Map.Entry<String, BigDecimal> e : computed.entrySet()) {
            String expected = text(lmt, CBC, e.getKey());
            assertAmount(expected == null ? "0" : expected, e.getValue(), name + " " + e.getKey());
        }

        List<Element> taxTotals = children(sample, CAC, "TaxTotal");
        Element sarTotal = taxTotals.stream()
                .filter(t -> child(t, CAC, "TaxSubtotal") == null)
                .findFirst()
                .get();
        Element breakdownTotal = taxTotals.stream()
                .filter(t -> child(t, CAC, "TaxSubtotal") != null)
                .findFirst()
                .get();
        assertAmount(text(sarTotal, CBC, "TaxAmount"), totals.taxAmountSar(), name + " VAT in SAR");
        assertAmount(text(breakdownTotal, CBC, "TaxAmount"), totals.taxAmount(), name + " VAT");
        List<Element> subtotals = children(breakdownTotal, CAC, "TaxSubtotal");
        assertEquals(subtotals.size(), totals.vatBreakdown().size(), name + " breakdowns");
        for (int i = 0; i < subtotals.size(); i++) {
            VatBreakdown b = totals.vatBreakdown().get(i);
            Element category = child(subtotals.get(i), CAC, "TaxCategory");
            assertEquals(text(category, CBC, "ID"), b.category().name(), name + " breakdown " + i);
            assertAmount(text(category, CBC, "Percent"), b.rate(), name + " breakdown rate " + i);
            assertAmount(text(subtotals.get(i), CBC, "TaxableAmount"), b.taxableAmount(), name + " taxable " + i);
            assertAmount(text(subtotals.get(i), CBC, "TaxAmount"), b.taxAmount(), name + " tax " + i);
            assertEquals(text(category, CBC, "TaxExemptionReasonCode"), b.exemptionReasonCode(), name);
        }

        int line = 0;
        int prepayment = 0;
        for (Element sampleLine : children(sample, CAC, "InvoiceLine")) {
            Element lineTax = child(sampleLine, CAC, "TaxTotal");
            if (child(sampleLine, CAC, "DocumentReference") != null) {
                PrepaymentTotals p = totals.prepayments().get(prepayment++);
                Element sub = child(lineTax, CAC, "TaxSubtotal");
                assertAmount(text(sub, CBC, "TaxableAmount"), p.taxableAmount(), name + " prepaid taxable");
                assertAmount(text(sub, CBC, "TaxAmount"), p.taxAmount(), name + " prepaid VAT");
            } else {
                LineTotals t = totals.lines().get(line++);
                assertAmount(text(sampleLine, CBC, "LineExtensionAmount"), t.netAmount(), name + " line net");
                assertAmount(text(lineTax, CBC, "TaxAmount"), t.vatAmount(), name + " line VAT");
                assertAmount(text(lineTax, CBC, "RoundingAmount"), t.amountWithVat(), name + " line with VAT");
            }
        }
        assertEquals(line, totals.lines().size());
        assertEquals(prepayment, totals.prepayments().size());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writesASchemaValidDocumentInTheSampleOrder(String name) throws Exception {
        Document sampleDoc = SampleFixtures.sample(name);
        Element sample = sampleDoc.getDocumentElement();
        UUID uuid = UUID.fromString(text(sample, CBC, "UUID"));
        UnsignedInvoice unsigned = preparation.prepare(
                SampleFixtures.example(name), SampleFixtures.SELLER, SampleFixtures.chainOf(sampleDoc), uuid);

        Path golden = Path.of(System.getProperty("golden.dir", "target/golden"));
        Files.createDirectories(golden);
        Files.write(golden.resolve(name + "-unsigned.xml"), unsigned.xml());

        ublSchema.newValidator().validate(new StreamSource(new ByteArrayInputStream(unsigned.xml())));
        Element written = SampleFixtures.parse(unsigned.xml()).getDocumentElement();
        assertEquals(topLevel(sample, true), topLevel(written, false), name + " top level element order");
        assertNoOrderConflict(sample, written, name);
        for (String header : List.of(
                "ID", "UUID", "IssueDate", "IssueTime", "InvoiceTypeCode", "DocumentCurrencyCode", "TaxCurrencyCode")) {
            assertEquals(text(sample, CBC, header), text(written, CBC, header), name + " " + header);
        }
        assertEquals(
                child(sample, CBC, "InvoiceTypeCode").getAttribute("name"),
                child(written, CBC, "InvoiceTypeCode").getAttribute("name"),
                name + " transaction code");
        assertFalse(new String(unsigned.xml(), java.nio.charset.StandardCharsets.UTF_8).contains("UBLExtensions"));
        assertNotNull(child(written, CAC, "AccountingSupplierParty"));
    }

    /** Child names of the root, consecutive repeats kept; the signer's parts dropped from the signed sample. */
    private static List<String> topLevel(Element root, boolean signed) {
        List<String> names = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                boolean signerPart = e.getLocalName().equals("UBLExtensions")
                        || e.getLocalName().equals("Signature")
                        || e.getLocalName().equals("AdditionalDocumentReference") && "QR".equals(text(e, CBC, "ID"));
                if (!(signed && signerPart)) {
                    names.add(e.getLocalName());
                }
            }
        }
        return names;
    }

    /** No two elements that both documents have under the same parent appear in opposite order. */
    private static void assertNoOrderConflict(Element sample, Element written, String name) {
        Set<String> samplePairs = new HashSet<>();
        collectPairs(sample, "", samplePairs);
        Set<String> writtenPairs = new HashSet<>();
        collectPairs(written, "", writtenPairs);
        for (String pair : writtenPairs) {
            String[] p = pair.split("\\|");
            String reversed = p[0] + "|" + p[2] + "|" + p[1];
            assertFalse(
                    samplePairs.contains(reversed),
                    name + ": order differs from the sample under " + p[0] + ": " + p[1] + " before " + p[2]);
        }
    }

    private static void collectPairs(Element parent, String path, Set<String> pairs) {
        String here = path + "/" + parent.getLocalName();
        List<Element> kids = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                kids.add(e);
            }
        }
        for (int i = 0; i < kids.size(); i++) {
            for (int j = i + 1; j < kids.size(); j++) {
                if (!kids.get(i).getLocalName().equals(kids.get(j).getLocalName())) {
                    pairs.add(here + "|" + kids.get(i).getLocalName() + "|"
                            + kids.get(j).getLocalName());
                }
            }
            collectPairs(kids.get(i), here, pairs);
        }
    }

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertTrue(new BigDecimal(expected).compareTo(actual) == 0, what + ": expected " + expected + " got " + actual);
    }
}
