package sa.fatoora.gateway.invoice.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.PartyId;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.platform.control.Riyadh;

/** The SDK samples, the example requests that reproduce them, and the samples' seller. */
public final class SampleFixtures {

    static final String CBC = Ubl.NS_CBC;
    static final String CAC = Ubl.NS_CAC;

    /** After every sample's issue date, so "not in the future" holds. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), Riyadh.ZONE);

    public static final Seller SELLER = new Seller(
            "شركة توريد التكنولوجيا بأقصى سرعة المحدودة | Maximum Speed Tech Supply LTD",
            "399999999900003",
            new PartyId("CRN", "1010010000"),
            new PostalAddress(
                    "الامير سلطان | Prince Sultan",
                    null,
                    "2322",
                    "المربع | Al-Murabba",
                    "الرياض | Riyadh",
                    "23333",
                    "SA"));

    /** Example file name (without .json) to its SDK sample. */
    public static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("standard-invoice", "Standard/Invoice/Standard_Invoice.xml");
        EXAMPLES.put("simplified-invoice", "Simplified/Invoice/Simplified_Invoice.xml");
        EXAMPLES.put("standard-credit-note", "Standard/Credit/Standard_Credit_Note.xml");
        EXAMPLES.put("standard-debit-note", "Standard/Debit/Standard_Debit_Note.xml");
        EXAMPLES.put("simplified-credit-note", "Simplified/Credit/Simplified_Credit_Note.xml");
        EXAMPLES.put("simplified-debit-note", "Simplified/Debit/Simplified_Debit_Note.xml");
        EXAMPLES.put("export-invoice", "Standard/Invoice/Export invoice.xml");
        EXAMPLES.put("exempt-tax-invoice", "Standard/Invoice/Exempt Tax Invoice.xml");
        EXAMPLES.put("summary-invoice", "Standard/Invoice/Summary Invoice.xml");
        EXAMPLES.put("advance-payment-adjustments", "Standard/Invoice/Advance Payment adjustments.xml");
        EXAMPLES.put(
                "advance-payment-adjustments-foreign-currency",
                "Standard/Invoice/Advance Payment adjustments with foreign currency invoice.xml");
        EXAMPLES.put(
                "advance-payment-adjustments-rate-change",
                "Standard/Invoice/Advance Payment adjustments with rate change scenarios.xml");
        EXAMPLES.put(
                "standard-invoice-document-level-charge",
                "Standard/Invoice/Standard Invoice with Document Level Charge.xml");
        EXAMPLES.put("self-billing-invoice", "Standard/Invoice/Self-billing invoice.xml");
        EXAMPLES.put("third-party-invoice", "Standard/Invoice/Third party billing.xml");
        EXAMPLES.put("nominal-supply-invoice", "Simplified/Invoice/Nominal supply invoice.xml");
        EXAMPLES.put(
                "simplified-invoice-zero-rated-item",
                "Simplified/Invoice/Simplified Tax Invoice with Zero Rated Item.xml");
        EXAMPLES.put("out-of-scope-invoice", "Standard/Invoice/Out of Scope Standard Tax Invoice.xml");
    }

    /**
     * Unknown fields are an error. Yasson 3.0.4 ignores "yasson.fail-on-unknown-properties" (the key the platform's
     * JsonbConfigResolver sets) and honours only "jsonb.fail-on-unknown-properties": both are set here.
     */
    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("yasson.fail-on-unknown-properties", true)
            .setProperty("jsonb.fail-on-unknown-properties", true));

    private SampleFixtures() {}

    public static Path sdkDir() {
        return Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"));
    }

    static Path examplesDir() {
        return Path.of("examples", "invoices");
    }

    static String exampleJson(String name) {
        try {
            return Files.readString(examplesDir().resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InvoiceRequest example(String name) {
        return JSONB.fromJson(exampleJson(name), InvoiceRequest.class);
    }

    static Document sample(String name) {
        try {
            return parse(Files.readAllBytes(sdkDir().resolve("Data/Samples").resolve(EXAMPLES.get(name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample's own ICV and PIH, so the written document carries the same chain values. */
    static ChainPosition chainOf(Document sample) {
        String icv = null;
        String pih = null;
        for (Element ref : children(sample.getDocumentElement(), CAC, "AdditionalDocumentReference")) {
            String id = text(ref, CBC, "ID");
            if ("ICV".equals(id)) {
                icv = text(ref, CBC, "UUID");
            } else if ("PIH".equals(id)) {
                pih = ref.getElementsByTagNameNS(CBC, "EmbeddedDocumentBinaryObject")
                        .item(0)
                        .getTextContent();
            }
        }
        return new ChainPosition(Long.parseLong(icv), pih.trim());
    }

    static java.util.List<Element> children(Element parent, String ns, String localName) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String ns, String localName) {
        java.util.List<Element> list = children(parent, ns, localName);
        return list.isEmpty() ? null : list.get(0);
    }

    static String text(Element parent, String ns, String localName) {
        Element e = child(parent, ns, localName);
        return e == null ? null : e.getTextContent().trim();
    }
}
