package sa.fatoora.gateway.invoice.entity;

import java.math.BigDecimal;

/**
 * Totals the caller computed itself. Every amount sent is compared with ours; any difference rejects the request,
 * because a document whose totals differ from the caller's books must not reach ZATCA.
 */
public record ClientTotals(
        BigDecimal lineExtensionAmount,
        BigDecimal allowanceTotalAmount,
        BigDecimal chargeTotalAmount,
        BigDecimal taxExclusiveAmount,
        BigDecimal taxAmount,
        BigDecimal taxAmountSar,
        BigDecimal taxInclusiveAmount,
        BigDecimal prepaidAmount,
        BigDecimal payableAmount) {}
