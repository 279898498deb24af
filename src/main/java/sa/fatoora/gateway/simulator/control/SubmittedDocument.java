package sa.fatoora.gateway.simulator.control;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * What the simulator reads from a submitted document to route and chain it; values are null when absent.
 *
 * @param typeCode  InvoiceTypeCode: 388 invoice, 381 credit note, 383 debit note, 386 prepayment
 * @param typeName  its name attribute: 01... standard, 02... simplified
 */
record SubmittedDocument(
        String uuid,
        String typeCode,
        String typeName,
        Long icv,
        String pih,
        String signatureValue,
        String certificate,
        InvoiceFacts facts) {

    static final String NS_DS = "http://www.w3.org/2000/09/xmldsig#";

    boolean standard() {
        return typeName != null && typeName.startsWith("01");
    }

    static SubmittedDocument read(Document document) {
        Element root = document.getDocumentElement();
        Element type = child(root, XmlDsig.NS_CBC, "InvoiceTypeCode");
        Element supplierParty = path(root, "AccountingSupplierParty", "Party");
        Element total = child(root, XmlDsig.NS_CAC, "LegalMonetaryTotal");
        InvoiceFacts facts = new InvoiceFacts(
                text(path(supplierParty, "PartyLegalEntity"), "RegistrationName"),
                text(path(supplierParty, "PartyTaxScheme"), "CompanyID"),
                text(root, "IssueDate"),
                text(root, "IssueTime"),
                type == null ? null : type.getAttribute("name"),
                text(total, "PayableAmount"),
                text(total, "TaxInclusiveAmount"),
                vatTotal(root));
        String icv = referenceValue(root, XmlDsig.DOCUMENT_REFERENCE_ICV, false);
        return new SubmittedDocument(
                text(root, "UUID"),
                type == null ? null : type.getTextContent().strip(),
                facts.typeName(),
                icv != null && icv.matches("\\d{1,18}") ? Long.valueOf(icv) : null,
                referenceValue(root, XmlDsig.DOCUMENT_REFERENCE_PIH, true),
                descendantText(root, NS_DS, "SignatureValue"),
                descendantText(root, NS_DS, "X509Certificate"),
                facts);
    }

    private static String referenceValue(Element root, String id, boolean attachment) {
        for (Element ref : children(root, XmlDsig.NS_CAC, "AdditionalDocumentReference")) {
            if (id.equals(text(ref, "ID"))) {
                return attachment ? text(path(ref, "Attachment"), "EmbeddedDocumentBinaryObject") : text(ref, "UUID");
            }
        }
        return null;
    }

    /** The document-level TaxTotal/TaxAmount in SAR (QR tag 5). */
    private static String vatTotal(Element root) {
        for (Element taxTotal : children(root, XmlDsig.NS_CAC, "TaxTotal")) {
            Element amount = child(taxTotal, XmlDsig.NS_CBC, "TaxAmount");
            if (amount != null && "SAR".equals(amount.getAttribute("currencyID"))) {
                return amount.getTextContent().strip();
            }
        }
        return null;
    }

    private static Element path(Element from, String... cacNames) {
        Element current = from;
        for (String name : cacNames) {
            current = current == null ? null : child(current, XmlDsig.NS_CAC, name);
        }
        return current;
    }

    private static String text(Element parent, String cbcName) {
        Element e = parent == null ? null : child(parent, XmlDsig.NS_CBC, cbcName);
        return e == null ? null : e.getTextContent().strip();
    }

    private static String descendantText(Element root, String namespace, String localName) {
        var nodes = root.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private static Element child(Element parent, String namespace, String localName) {
        List<Element> all = children(parent, namespace, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
