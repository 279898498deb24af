package sa.fatoora.gateway.invoice.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every computed amount of a document, rounded to 2 decimals: document currency except {@code taxAmountSar}
 * (BT-111, VAT in the tax currency SAR).
 */
public record InvoiceTotals(
        List<LineTotals> lines,
        List<PrepaymentTotals> prepayments,
        List<VatBreakdown> vatBreakdown,
        BigDecimal lineExtensionAmount,
        BigDecimal allowanceTotalAmount,
        BigDecimal chargeTotalAmount,
        BigDecimal taxExclusiveAmount,
        BigDecimal taxAmount,
        BigDecimal taxAmountSar,
        BigDecimal taxInclusiveAmount,
        BigDecimal prepaidAmount,
        BigDecimal payableRoundingAmount,
        BigDecimal payableAmount) {

    public InvoiceTotals {
        lines = List.copyOf(lines);
        prepayments = List.copyOf(prepayments);
        vatBreakdown = List.copyOf(vatBreakdown);
    }
}
