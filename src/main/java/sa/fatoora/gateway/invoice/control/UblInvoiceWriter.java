package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.UUID;
import sa.fatoora.gateway.invoice.entity.AllowanceCharge;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceNote;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.invoice.entity.UnsignedInvoice;
import sa.fatoora.gateway.invoice.entity.VatBreakdown;

/**
 * Writes the unsigned UBL 2.1 document in ZATCA's element order and the samples' layout (four-space indentation,
 * root namespaces as in the samples). The signer's parts are left out: {@code ext:UBLExtensions}, the QR reference
 * and {@code cac:Signature}; {@link UnsignedInvoice} tells where they go.
 */
@ApplicationScoped
public class UblInvoiceWriter {

    /** Used when a note's reason must be written but no payment means was given: 1 = "instrument not defined". */
    static final String UNDEFINED_PAYMENT_MEANS = "1";

    private static final int CAPACITY_PER_LINE = 1100;
    private static final int CAPACITY_BASE = 6000;

    /** Expects a request that passed {@link InvoiceValidator} and its {@link TotalsCalculator} totals. */
    public UnsignedInvoice writeUnsigned(
            InvoiceRequest r,
            Seller seller,
            ChainPosition chain,
            UUID uuid,
            InvoiceTotals totals,
            LocalDateTime issuedAt) {
        String currency = r.currencyOrSar();
        XmlBuilder x = new XmlBuilder(CAPACITY_BASE
                + CAPACITY_PER_LINE * (r.lines().size() + r.prepayments().size()));
        x.raw(Ubl.XML_DECLARATION).raw(Ubl.ROOT_START);
        int extensionsAt = x.position();
        x.raw("\n").depth(1);
        x.element("cbc:ProfileID", Ubl.PROFILE_ID);
        x.element("cbc:ID", r.id());
        x.element("cbc:UUID", uuid.toString());
        x.element("cbc:IssueDate", XmlBuilder.date(issuedAt.toLocalDate()));
        x.element("cbc:IssueTime", XmlBuilder.time(issuedAt.toLocalTime()));
        x.element(
                "cbc:InvoiceTypeCode",
                "name",
                TransactionCode.of(r),
                r.documentType().code());
        for (InvoiceNote note : r.notes()) {
            x.element("cbc:Note", "languageID", blankToNull(note.language()), note.text());
        }
        x.element("cbc:DocumentCurrencyCode", currency);
        x.element("cbc:TaxCurrencyCode", InvoiceRequest.SAR);
        if (!isBlank(r.billingReference())) {
            x.open("cac:BillingReference")
                    .open("cac:InvoiceDocumentReference")
                    .element("cbc:ID", r.billingReference())
                    .close("cac:InvoiceDocumentReference")
                    .close("cac:BillingReference");
        }
        if (!isBlank(r.contractId())) {
            x.open("cac:ContractDocumentReference")
                    .element("cbc:ID", r.contractId())
                    .close("cac:ContractDocumentReference");
        }
        x.open("cac:AdditionalDocumentReference")
                .element("cbc:ID", Ubl.ICV)
                .element("cbc:UUID", Long.toString(chain.icv()))
                .close("cac:AdditionalDocumentReference");
        x.open("cac:AdditionalDocumentReference")
                .element("cbc:ID", Ubl.PIH)
                .open("cac:Attachment")
                .element("cbc:EmbeddedDocumentBinaryObject", "mimeCode", Ubl.TEXT_PLAIN, chain.previousInvoiceHash())
                .close("cac:Attachment")
                .close("cac:AdditionalDocumentReference");
        int qrAt = x.position() - 1; // before the line break that ends the PIH reference
        int signatureAt = x.position() + XmlBuilder.INDENT.length(); // at the supplier's '<', after its indentation
        UblPartyWriter.supplier(x, seller);
        UblPartyWriter.customer(x, r.buyer());
        writeDeliveryAndPayment(x, r);
        for (AllowanceCharge ac : r.allowanceCharges()) {
            writeAllowanceCharge(x, ac, currency);
        }
        writeTaxTotals(x, totals, currency);
        writeMonetaryTotal(x, totals, currency);
        for (int i = 0; i < r.lines().size(); i++) {
            UblLineWriter.line(x, r.lines().get(i), totals.lines().get(i), currency);
        }
        for (int i = 0; i < r.prepayments().size(); i++) {
            UblLineWriter.prepayment(
                    x, r.prepayments().get(i), totals.prepayments().get(i), currency);
        }
        x.depth(0).raw("</Invoice>");
        return new UnsignedInvoice(
                x.bytes(),
                uuid,
                issuedAt.toLocalDate(),
                issuedAt.toLocalTime(),
                totals,
                extensionsAt,
                qrAt,
                signatureAt);
    }

    private static void writeDeliveryAndPayment(XmlBuilder x, InvoiceRequest r) {
        if (r.supplyDate() != null || r.supplyEndDate() != null) {
            x.open("cac:Delivery");
            if (r.supplyDate() != null) {
                x.element("cbc:ActualDeliveryDate", XmlBuilder.date(r.supplyDate()));
            }
            if (r.supplyEndDate() != null) {
                x.element("cbc:LatestDeliveryDate", XmlBuilder.date(r.supplyEndDate()));
            }
            x.close("cac:Delivery");
        }
        if (!isBlank(r.paymentMeansCode()) || !isBlank(r.reason())) {
            x.open("cac:PaymentMeans");
            x.element(
                    "cbc:PaymentMeansCode",
                    isBlank(r.paymentMeansCode()) ? UNDEFINED_PAYMENT_MEANS : r.paymentMeansCode());
            x.optional("cbc:InstructionNote", r.reason());
            x.close("cac:PaymentMeans");
        }
    }

    private static void writeAllowanceCharge(XmlBuilder x, AllowanceCharge ac, String currency) {
        x.open("cac:AllowanceCharge");
        x.element("cbc:ChargeIndicator", Boolean.toString(ac.charge()));
        x.optional("cbc:AllowanceChargeReasonCode", ac.reasonCode());
        x.optional("cbc:AllowanceChargeReason", ac.reason());
        x.amount("cbc:Amount", currency, ac.amount());
        // the samples write document level rates without decimals ("15") and breakdown rates with two ("15.00")
        UblLineWriter.taxCategory(
                x,
                "cac:TaxCategory",
                ac.vatCategory(),
                ac.vatRate().stripTrailingZeros().toPlainString(),
                null,
                null);
        x.close("cac:AllowanceCharge");
    }

    /** First the VAT total in SAR (BT-111) alone, then the one in the document currency with its breakdown. */
    private static void writeTaxTotals(XmlBuilder x, InvoiceTotals totals, String currency) {
        x.open("cac:TaxTotal")
                .amount("cbc:TaxAmount", InvoiceRequest.SAR, totals.taxAmountSar())
                .close("cac:TaxTotal");
        x.open("cac:TaxTotal");
        x.amount("cbc:TaxAmount", currency, totals.taxAmount());
        for (VatBreakdown b : totals.vatBreakdown()) {
            x.open("cac:TaxSubtotal");
            x.amount("cbc:TaxableAmount", currency, b.taxableAmount());
            x.amount("cbc:TaxAmount", currency, b.taxAmount());
            UblLineWriter.taxCategory(
                    x,
                    "cac:TaxCategory",
                    b.category().name(),
                    UblLineWriter.percent(b.rate()),
                    b.exemptionReasonCode(),
                    b.exemptionReason());
            x.close("cac:TaxSubtotal");
        }
        x.close("cac:TaxTotal");
    }

    private static void writeMonetaryTotal(XmlBuilder x, InvoiceTotals t, String currency) {
        x.open("cac:LegalMonetaryTotal");
        x.amount("cbc:LineExtensionAmount", currency, t.lineExtensionAmount());
        x.amount("cbc:TaxExclusiveAmount", currency, t.taxExclusiveAmount());
        x.amount("cbc:TaxInclusiveAmount", currency, t.taxInclusiveAmount());
        x.amount("cbc:AllowanceTotalAmount", currency, t.allowanceTotalAmount());
        if (t.chargeTotalAmount().signum() != 0) {
            x.amount("cbc:ChargeTotalAmount", currency, t.chargeTotalAmount());
        }
        x.amount("cbc:PrepaidAmount", currency, t.prepaidAmount());
        if (t.payableRoundingAmount().signum() != 0) {
            x.amount("cbc:PayableRoundingAmount", currency, t.payableRoundingAmount());
        }
        x.amount("cbc:PayableAmount", currency, t.payableAmount());
        x.close("cac:LegalMonetaryTotal");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
