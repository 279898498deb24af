package sa.fatoora.gateway.signing.control;

import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;
import sa.fatoora.gateway.signing.entity.SignedDocumentFacts;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * Reads a UBL Invoice's own statements, text exactly as written: the values the QR repeats, and what identifies and
 * chains a signed document. The one reader of these values; the simulator reads submitted documents with it too.
 */
public final class InvoiceReader {

    /**
     * The local names of the root's children that {@link #read} and the signer's checks look into (the reference's
     * cbc:ID tells a QR reference); a skeleton DOM with only these subtrees reads the same as the whole document.
     */
    static final Set<String> READS = Set.of(
            "AccountingSupplierParty",
            "LegalMonetaryTotal",
            "InvoiceTypeCode",
            "IssueDate",
            "IssueTime",
            "TaxCurrencyCode",
            "TaxTotal",
            "AdditionalDocumentReference");

    private InvoiceReader() {}

    /** A signed document's identity, chain references, signature and QR facts. */
    public static SignedDocumentFacts readSigned(Document document) {
        Element root = document.getDocumentElement();
        Element typeCode = Dom.child(root, XmlDsig.NS_CBC, "InvoiceTypeCode");
        return new SignedDocumentFacts(
                Dom.text(Dom.child(root, XmlDsig.NS_CBC, "UUID")),
                typeCode == null ? null : typeCode.getTextContent(),
                reference(root, XmlDsig.DOCUMENT_REFERENCE_ICV, false),
                reference(root, XmlDsig.DOCUMENT_REFERENCE_PIH, true),
                descendantText(root, XmlDsig.NS_DS, "SignatureValue"),
                descendantText(root, XmlDsig.NS_DS, "X509Certificate"),
                read(document));
    }

    private static String reference(Element root, String id, boolean attachment) {
        for (Element ref : Dom.children(root, XmlDsig.NS_CAC, "AdditionalDocumentReference")) {
            if (Dom.isDocumentReference(ref, id)) {
                return attachment
                        ? Dom.text(Dom.child(
                                Dom.child(ref, XmlDsig.NS_CAC, "Attachment"),
                                XmlDsig.NS_CBC,
                                "EmbeddedDocumentBinaryObject"))
                        : Dom.text(Dom.child(ref, XmlDsig.NS_CBC, "UUID"));
            }
        }
        return null;
    }

    private static String descendantText(Element root, String namespace, String localName) {
        var nodes = root.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    static InvoiceFacts read(Document document) {
        Element root = document.getDocumentElement();
        Element party = Dom.path(root, XmlDsig.NS_CAC, "AccountingSupplierParty", "Party");
        Element totals = Dom.child(root, XmlDsig.NS_CAC, "LegalMonetaryTotal");
        Element typeCode = Dom.child(root, XmlDsig.NS_CBC, "InvoiceTypeCode");
        return new InvoiceFacts(
                Dom.text(Dom.child(
                        Dom.child(party, XmlDsig.NS_CAC, "PartyLegalEntity"), XmlDsig.NS_CBC, "RegistrationName")),
                Dom.text(Dom.child(Dom.child(party, XmlDsig.NS_CAC, "PartyTaxScheme"), XmlDsig.NS_CBC, "CompanyID")),
                Dom.text(Dom.child(root, XmlDsig.NS_CBC, "IssueDate")),
                Dom.text(Dom.child(root, XmlDsig.NS_CBC, "IssueTime")),
                typeCode == null || !typeCode.hasAttribute("name") ? null : typeCode.getAttribute("name"),
                Dom.text(Dom.child(totals, XmlDsig.NS_CBC, "PayableAmount")),
                Dom.text(Dom.child(totals, XmlDsig.NS_CBC, "TaxInclusiveAmount")),
                vatTotal(root));
    }

    /**
     * Documents in another currency carry two document-level TaxTotals (BR-KSA-EN16931-09): the VAT in the
     * document currency with its breakdown, and the VAT in SAR without one. The QR shows the SAR one, as the
     * foreign-currency sample does.
     */
    private static String vatTotal(Element root) {
        String taxCurrency = Dom.text(Dom.child(root, XmlDsig.NS_CBC, "TaxCurrencyCode"));
        String currency = taxCurrency == null ? XmlDsig.TAX_CURRENCY : taxCurrency;
        String first = null;
        for (Element taxTotal : Dom.children(root, XmlDsig.NS_CAC, "TaxTotal")) {
            Element amount = Dom.child(taxTotal, XmlDsig.NS_CBC, "TaxAmount");
            if (amount != null && currency.equals(amount.getAttribute("currencyID"))) {
                return amount.getTextContent();
            }
            if (first == null && amount != null) {
                first = amount.getTextContent();
            }
        }
        return first;
    }
}
