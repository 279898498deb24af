package sa.fatoora.gateway.invoice.entity;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import sa.fatoora.gateway.platform.control.StrictBooleanDeserializer;

/** An allowance ({@code charge} false) or charge on one line (BG-27, BG-28); it takes the line's VAT category. */
public record LineAllowanceCharge(
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean charge,
        @NotNull @PositiveOrZero BigDecimal amount,
        @Size(max = 1000) String reason,
        @Size(max = 16) String reasonCode) {}
