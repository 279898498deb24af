package sa.fatoora.gateway.invoice.entity;

import java.math.BigDecimal;

/** One VAT breakdown (BG-23): taxable amount and VAT of one category and rate, in the document currency. */
public record VatBreakdown(
        VatCategory category,
        BigDecimal rate,
        BigDecimal taxableAmount,
        BigDecimal taxAmount,
        String exemptionReasonCode,
        String exemptionReason) {}
