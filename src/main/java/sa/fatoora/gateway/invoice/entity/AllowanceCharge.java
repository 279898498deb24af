package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A document level allowance ({@code charge} false) or charge (BG-20, BG-21) with its own VAT category and rate. */
public record AllowanceCharge(
        boolean charge,
        @NotNull @PositiveOrZero BigDecimal amount,
        @Size(max = 1000) String reason,
        @Size(max = 16) String reasonCode,
        @NotBlank String vatCategory,
        @NotNull BigDecimal vatRate,
        String vatExemptionReasonCode,
        @Size(max = 1000) String vatExemptionReason) {}
