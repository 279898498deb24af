package sa.fatoora.gateway.invoice.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import sa.fatoora.gateway.invoice.entity.InvoiceLine;
import sa.fatoora.gateway.invoice.entity.LineAllowanceCharge;
import sa.fatoora.gateway.invoice.entity.LineTotals;
import sa.fatoora.gateway.invoice.entity.Prepayment;
import sa.fatoora.gateway.invoice.entity.PrepaymentTotals;

/** Writes {@code cac:InvoiceLine} elements: ordinary lines, then the zero-amount lines that settle prepayments. */
final class UblLineWriter {

    private UblLineWriter() {}

    static void line(XmlBuilder x, InvoiceLine line, LineTotals totals, String currency) {
        x.open("cac:InvoiceLine");
        x.element("cbc:ID", line.id());
        x.element("cbc:InvoicedQuantity", "unitCode", line.unitCodeOrDefault(), quantity(line.quantity()));
        x.amount("cbc:LineExtensionAmount", currency, totals.netAmount());
        for (LineAllowanceCharge ac : line.allowanceCharges()) {
            x.open("cac:AllowanceCharge");
            x.element("cbc:ChargeIndicator", Boolean.toString(ac.charge()));
            x.optional("cbc:AllowanceChargeReasonCode", ac.reasonCode());
            x.optional("cbc:AllowanceChargeReason", ac.reason());
            x.amount("cbc:Amount", currency, ac.amount());
            x.close("cac:AllowanceCharge");
        }
        x.open("cac:TaxTotal");
        x.amount("cbc:TaxAmount", currency, totals.vatAmount());
        x.amount("cbc:RoundingAmount", currency, totals.amountWithVat());
        x.close("cac:TaxTotal");
        item(x, line.name(), line.vatCategory(), line.vatRate());
        x.open("cac:Price");
        x.amountText("cbc:PriceAmount", currency, priceScale(line.netPrice()).toPlainString());
        if (line.priceBaseQuantity() != null) {
            x.element("cbc:BaseQuantity", "unitCode", line.unitCodeOrDefault(), quantity(line.priceBaseQuantity()));
        }
        x.close("cac:Price");
        x.close("cac:InvoiceLine");
    }

    /** A prepayment line: every amount zero, the prepaid taxable amount and VAT in its own tax subtotal (KSA-31/32). */
    static void prepayment(XmlBuilder x, Prepayment p, PrepaymentTotals totals, String currency) {
        BigDecimal zero = BigDecimal.ZERO;
        x.open("cac:InvoiceLine");
        x.element("cbc:ID", p.lineId());
        x.element("cbc:InvoicedQuantity", "unitCode", p.unitCodeOrDefault(), "0.00");
        x.amount("cbc:LineExtensionAmount", currency, zero);
        x.open("cac:DocumentReference");
        x.element("cbc:ID", p.invoiceId());
        x.optional("cbc:UUID", p.uuid());
        x.element("cbc:IssueDate", XmlBuilder.date(p.issueDate()));
        x.element("cbc:IssueTime", XmlBuilder.time(p.issueTime()));
        x.element("cbc:DocumentTypeCode", Ubl.PREPAYMENT_DOCUMENT_TYPE);
        x.close("cac:DocumentReference");
        x.open("cac:TaxTotal");
        x.amount("cbc:TaxAmount", currency, zero);
        x.amount("cbc:RoundingAmount", currency, zero);
        x.open("cac:TaxSubtotal");
        x.amount("cbc:TaxableAmount", currency, totals.taxableAmount());
        x.amount("cbc:TaxAmount", currency, totals.taxAmount());
        taxCategory(
                x,
                "cac:TaxCategory",
                p.vatCategory(),
                percent(p.vatRate()),
                p.vatExemptionReasonCode(),
                p.vatExemptionReason());
        x.close("cac:TaxSubtotal");
        x.close("cac:TaxTotal");
        item(x, p.name(), p.vatCategory(), p.vatRate());
        x.open("cac:Price");
        x.amount("cbc:PriceAmount", currency, zero);
        x.close("cac:Price");
        x.close("cac:InvoiceLine");
    }

    private static void item(XmlBuilder x, String name, String category, BigDecimal rate) {
        x.open("cac:Item");
        x.element("cbc:Name", name);
        taxCategory(x, "cac:ClassifiedTaxCategory", category, percent(rate), null, null);
        x.close("cac:Item");
    }

    static void taxCategory(
            XmlBuilder x, String tag, String category, String percent, String reasonCode, String reason) {
        x.open(tag);
        x.element("cbc:ID", category);
        x.element("cbc:Percent", percent);
        x.optional("cbc:TaxExemptionReasonCode", reasonCode);
        x.optional("cbc:TaxExemptionReason", reason);
        x.open("cac:TaxScheme");
        x.element("cbc:ID", Ubl.VAT_SCHEME);
        x.close("cac:TaxScheme");
        x.close(tag);
    }

    /** Rates as the samples write them in breakdowns and items: two decimals. */
    static String percent(BigDecimal rate) {
        return rate.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Quantities keep their precision, with at least two decimals. */
    static String quantity(BigDecimal quantity) {
        return quantity.scale() >= 2
                ? quantity.toPlainString()
                : quantity.setScale(2).toPlainString();
    }

    /** Prices may carry more than two decimals (BT-146 has no decimal limit); never fewer than two. */
    private static BigDecimal priceScale(BigDecimal price) {
        return price.scale() >= 2 ? price : price.setScale(2);
    }
}
