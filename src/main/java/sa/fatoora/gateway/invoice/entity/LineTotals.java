package sa.fatoora.gateway.invoice.entity;

import java.math.BigDecimal;

/** Computed amounts of one invoice line: net (BT-131), VAT (KSA-11) and amount with VAT (KSA-12, RoundingAmount). */
public record LineTotals(BigDecimal netAmount, BigDecimal vatAmount, BigDecimal amountWithVat) {}
