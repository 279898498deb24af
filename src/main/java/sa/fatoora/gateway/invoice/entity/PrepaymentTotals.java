package sa.fatoora.gateway.invoice.entity;

import java.math.BigDecimal;

/** Computed prepaid taxable amount (KSA-31) and its VAT (KSA-32) for one prepayment. */
public record PrepaymentTotals(BigDecimal taxableAmount, BigDecimal taxAmount) {}
