package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An allowance ({@code charge} false) or charge on one line (BG-27, BG-28); it takes the line's VAT category. */
public record LineAllowanceCharge(
        boolean charge,
        @NotNull @PositiveOrZero BigDecimal amount,
        @Size(max = 1000) String reason,
        @Size(max = 16) String reasonCode) {}
