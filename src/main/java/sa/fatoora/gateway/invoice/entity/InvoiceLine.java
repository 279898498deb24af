package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One invoice line (BG-25). Net amount = quantity x (net price / price base quantity) - allowances + charges.
 * {@code unitCode} defaults to {@code PCE}, {@code priceBaseQuantity} to 1.
 */
public record InvoiceLine(
        @NotBlank @Size(max = 64) String id,
        @NotBlank @Size(max = 1000) String name,
        @NotNull BigDecimal quantity,
        @Size(max = 8) String unitCode,
        @NotNull @PositiveOrZero BigDecimal netPrice,
        @Positive BigDecimal priceBaseQuantity,
        List<@Valid LineAllowanceCharge> allowanceCharges,
        @NotBlank String vatCategory,
        @NotNull BigDecimal vatRate,
        String vatExemptionReasonCode,
        @Size(max = 1000) String vatExemptionReason) {

    public static final String DEFAULT_UNIT_CODE = "PCE";

    public InvoiceLine {
        allowanceCharges = allowanceCharges == null ? List.of() : List.copyOf(allowanceCharges);
    }

    public String unitCodeOrDefault() {
        return unitCode == null || unitCode.isBlank() ? DEFAULT_UNIT_CODE : unitCode;
    }

    public BigDecimal priceBaseQuantityOrOne() {
        return priceBaseQuantity == null ? BigDecimal.ONE : priceBaseQuantity;
    }
}
