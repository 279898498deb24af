package sa.fatoora.gateway.invoice.entity;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import sa.fatoora.gateway.platform.control.StrictBooleanDeserializer;

/** A document level allowance ({@code charge} false) or charge (BG-20, BG-21) with its own VAT category and rate. */
public record AllowanceCharge(
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean charge,
        @NotNull @PositiveOrZero BigDecimal amount,
        @Size(max = 1000) String reason,
        @Size(max = 16) String reasonCode,
        @NotBlank String vatCategory,
        @NotNull BigDecimal vatRate,
        String vatExemptionReasonCode,
        @Size(max = 1000) String vatExemptionReason) {}
