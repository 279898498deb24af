package sa.fatoora.gateway.pdf.control;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sa.fatoora.gateway.pdf.entity.PrintedInvoice;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.Dom;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * Reads what a PDF prints from the signed (or cleared) XML, parsed with the gateway's secure parser: so the PDF can
 * only say what the document says. A document without the UBL signature extension is refused.
 */
public final class SignedInvoiceReader {

    private static final String CAC = XmlDsig.NS_CAC;
    private static final String CBC = XmlDsig.NS_CBC;

    private SignedInvoiceReader() {}

    public static PrintedInvoice read(byte[] xml) {
        return read(SecureXml.parse(xml));
    }

    static PrintedInvoice read(Document document) {
        Element root = document.getDocumentElement();
        if (!Dom.is(root, XmlDsig.NS_INVOICE, "Invoice")) {
            throw new DocumentNotSignedException("The document is not a UBL 2.1 Invoice");
        }
        if (signature(root) == null) {
            throw new DocumentNotSignedException(
                    "The invoice is not signed: it has no ext:UBLExtensions with a ds:Signature");
        }
        Element typeCode = child(root, CBC, "InvoiceTypeCode");
        String currency = text(root, "DocumentCurrencyCode");
        String taxCurrency = text(root, "TaxCurrencyCode");
        Element delivery = child(root, CAC, "Delivery");
        Element period = child(root, CAC, "InvoicePeriod");
        List<String> references = new ArrayList<>();
        for (Element b : Dom.children(root, CAC, "BillingReference")) {
            Element ref = child(b, CAC, "InvoiceDocumentReference");
            String refId = text(ref, "ID");
            if (refId != null) {
                String date = text(ref, "IssueDate");
                references.add(date == null ? refId : refId + " (" + date + ")");
            }
        }
        List<String> means = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Element m : Dom.children(root, CAC, "PaymentMeans")) {
            String code = text(m, "PaymentMeansCode");
            if (code != null) {
                means.add(code);
            }
            for (Element note : Dom.children(m, CBC, "InstructionNote")) {
                reasons.add(note.getTextContent().strip());
            }
        }
        List<String> notes = new ArrayList<>();
        for (Element note : Dom.children(root, CBC, "Note")) {
            notes.add(note.getTextContent().strip());
        }
        String terms = text(child(root, CAC, "PaymentTerms"), "Note");
        return new PrintedInvoice(
                Dom.text(typeCode),
                typeCode == null || !typeCode.hasAttribute("name") ? null : typeCode.getAttribute("name"),
                text(root, "ID"),
                text(root, "UUID"),
                reference(root, XmlDsig.DOCUMENT_REFERENCE_ICV),
                text(root, "IssueDate"),
                text(root, "IssueTime"),
                firstNonNull(text(delivery, "ActualDeliveryDate"), text(period, "StartDate")),
                firstNonNull(text(delivery, "LatestDeliveryDate"), text(period, "EndDate")),
                currency,
                taxCurrency,
                party(Dom.path(root, CAC, "AccountingSupplierParty", "Party")),
                party(Dom.path(root, CAC, "AccountingCustomerParty", "Party")),
                references,
                reasons,
                notes,
                means,
                terms,
                lines(root),
                allowanceCharges(root),
                vatSubtotals(root),
                totals(root, currency, taxCurrency),
                qr(root));
    }

    private static Element signature(Element root) {
        Element content = Dom.path(root, XmlDsig.NS_EXT, "UBLExtensions", "UBLExtension", "ExtensionContent");
        Element signatures = child(content, XmlDsig.NS_SIG, "UBLDocumentSignatures");
        Element information = child(signatures, XmlDsig.NS_SAC, "SignatureInformation");
        return child(information, XmlDsig.NS_DS, "Signature");
    }

    private static PrintedInvoice.Party party(Element party) {
        if (party == null) {
            return null;
        }
        String scheme = null;
        String other = null;
        for (Element identification : Dom.children(party, CAC, "PartyIdentification")) {
            Element id = child(identification, CBC, "ID");
            if (id != null && !id.getTextContent().isBlank()) {
                scheme = id.getAttribute("schemeID");
                other = id.getTextContent().strip();
                break;
            }
        }
        Element address = child(party, CAC, "PostalAddress");
        List<String> lines = new ArrayList<>();
        if (address != null) {
            join(lines, text(address, "StreetName"), text(address, "BuildingNumber"));
            join(lines, text(address, "AdditionalStreetName"), text(address, "PlotIdentification"));
            join(lines, text(address, "CitySubdivisionName"), null);
            join(lines, text(address, "CityName"), text(address, "PostalZone"));
            join(lines, text(address, "CountrySubentity"), text(child(address, CAC, "Country"), "IdentificationCode"));
        }
        return new PrintedInvoice.Party(
                text(child(party, CAC, "PartyLegalEntity"), "RegistrationName"),
                text(child(party, CAC, "PartyTaxScheme"), "CompanyID"),
                scheme == null || scheme.isEmpty() ? null : scheme,
                other,
                lines);
    }

    private static void join(List<String> lines, String a, String b) {
        if (a != null && b != null) {
            lines.add(a + ", " + b);
        } else if (a != null || b != null) {
            lines.add(a != null ? a : b);
        }
    }

    private static List<PrintedInvoice.Line> lines(Element root) {
        List<PrintedInvoice.Line> lines = new ArrayList<>();
        for (Element line : Dom.children(root, CAC, "InvoiceLine")) {
            Element quantity = child(line, CBC, "InvoicedQuantity");
            Element item = child(line, CAC, "Item");
            Element category = child(item, CAC, "ClassifiedTaxCategory");
            Element taxTotal = child(line, CAC, "TaxTotal");
            Element price = child(line, CAC, "Price");
            String discount = null;
            for (Element ac : Dom.children(line, CAC, "AllowanceCharge")) {
                if ("false".equals(text(ac, "ChargeIndicator"))) {
                    discount = text(ac, "Amount");
                }
            }
            Element priceAllowance = child(price, CAC, "AllowanceCharge");
            if (discount == null && priceAllowance != null) {
                discount = text(priceAllowance, "Amount");
            }
            Element prepaid = child(line, CAC, "DocumentReference");
            String prepaymentOf = null;
            String prepaidTaxable = null;
            String prepaidVat = null;
            if (prepaid != null) {
                prepaymentOf = text(prepaid, "ID") + " (" + text(prepaid, "IssueDate")
                        + (text(prepaid, "IssueTime") == null ? "" : " " + text(prepaid, "IssueTime")) + ")";
                Element subtotal = child(taxTotal, CAC, "TaxSubtotal");
                prepaidTaxable = text(subtotal, "TaxableAmount");
                prepaidVat = text(subtotal, "TaxAmount");
            }
            lines.add(new PrintedInvoice.Line(
                    text(line, "ID"),
                    text(item, "Name"),
                    quantity == null ? null : quantity.getTextContent().strip(),
                    quantity == null || !quantity.hasAttribute("unitCode") ? null : quantity.getAttribute("unitCode"),
                    text(price, "PriceAmount"),
                    discount,
                    text(category, "ID"),
                    text(category, "Percent"),
                    text(taxTotal, "TaxAmount"),
                    text(line, "LineExtensionAmount"),
                    text(taxTotal, "RoundingAmount"),
                    prepaymentOf,
                    prepaidTaxable,
                    prepaidVat));
        }
        return lines;
    }

    private static List<PrintedInvoice.AllowanceCharge> allowanceCharges(Element root) {
        List<PrintedInvoice.AllowanceCharge> found = new ArrayList<>();
        for (Element ac : Dom.children(root, CAC, "AllowanceCharge")) {
            Element category = child(ac, CAC, "TaxCategory");
            String reason = firstNonNull(text(ac, "AllowanceChargeReason"), text(ac, "AllowanceChargeReasonCode"));
            found.add(new PrintedInvoice.AllowanceCharge(
                    "true".equals(text(ac, "ChargeIndicator")),
                    reason,
                    text(ac, "Amount"),
                    text(category, "ID"),
                    text(category, "Percent")));
        }
        return found;
    }

    /** The breakdown of the document-currency TaxTotal (the one with subtotals). */
    private static List<PrintedInvoice.VatSubtotal> vatSubtotals(Element root) {
        List<PrintedInvoice.VatSubtotal> found = new ArrayList<>();
        for (Element taxTotal : Dom.children(root, CAC, "TaxTotal")) {
            for (Element subtotal : Dom.children(taxTotal, CAC, "TaxSubtotal")) {
                Element category = child(subtotal, CAC, "TaxCategory");
                found.add(new PrintedInvoice.VatSubtotal(
                        text(category, "ID"),
                        text(category, "Percent"),
                        text(subtotal, "TaxableAmount"),
                        text(subtotal, "TaxAmount"),
                        text(category, "TaxExemptionReasonCode"),
                        text(category, "TaxExemptionReason")));
            }
        }
        return found;
    }

    private static PrintedInvoice.Totals totals(Element root, String currency, String taxCurrency) {
        Element totals = child(root, CAC, "LegalMonetaryTotal");
        String vat = null;
        String vatInTaxCurrency = null;
        for (Element taxTotal : Dom.children(root, CAC, "TaxTotal")) {
            Element amount = child(taxTotal, CBC, "TaxAmount");
            if (amount == null) {
                continue;
            }
            String amountCurrency = amount.getAttribute("currencyID");
            if (amountCurrency.equals(currency) && vat == null) {
                vat = amount.getTextContent().strip();
            } else if (taxCurrency != null && amountCurrency.equals(taxCurrency) && !taxCurrency.equals(currency)) {
                vatInTaxCurrency = amount.getTextContent().strip();
            }
        }
        return new PrintedInvoice.Totals(
                text(totals, "LineExtensionAmount"),
                text(totals, "AllowanceTotalAmount"),
                text(totals, "ChargeTotalAmount"),
                text(totals, "TaxExclusiveAmount"),
                vat,
                vatInTaxCurrency,
                text(totals, "TaxInclusiveAmount"),
                text(totals, "PrepaidAmount"),
                text(totals, "PayableRoundingAmount"),
                text(totals, "PayableAmount"));
    }

    private static String reference(Element root, String id) {
        for (Element ref : Dom.children(root, CAC, "AdditionalDocumentReference")) {
            if (Dom.isDocumentReference(ref, id)) {
                return text(ref, "UUID");
            }
        }
        return null;
    }

    private static String qr(Element root) {
        for (Element ref : Dom.children(root, CAC, "AdditionalDocumentReference")) {
            if (Dom.isDocumentReference(ref, XmlDsig.DOCUMENT_REFERENCE_QR)) {
                return text(child(ref, CAC, "Attachment"), "EmbeddedDocumentBinaryObject");
            }
        }
        return null;
    }

    private static Element child(Element parent, String ns, String name) {
        return Dom.child(parent, ns, name);
    }

    /** A cbc child's text, stripped; null when missing or blank. */
    private static String text(Element parent, String name) {
        String text = Dom.text(Dom.child(parent, CBC, name));
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
