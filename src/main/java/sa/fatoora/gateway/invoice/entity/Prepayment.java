package sa.fatoora.gateway.invoice.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A prepayment invoice (386) settled by this document, for one VAT category and rate. It becomes an extra invoice
 * line with zero amounts that references the prepayment invoice and carries the prepaid taxable amount (KSA-26..34);
 * the prepaid amount plus its VAT is deducted from the amount due. {@code uuid} of the prepayment invoice is optional.
 */
public record Prepayment(
        @NotBlank @Size(max = 64) String lineId,
        @NotBlank @Size(max = 1000) String name,
        @Size(max = 8) String unitCode,
        @NotBlank @Size(max = 127) String invoiceId,
        @Size(max = 64) String uuid,
        @NotNull LocalDate issueDate,
        @NotNull LocalTime issueTime,
        @NotBlank String vatCategory,
        @NotNull BigDecimal vatRate,
        @NotNull @PositiveOrZero BigDecimal taxableAmount,
        String vatExemptionReasonCode,
        @Size(max = 1000) String vatExemptionReason) {

    public String unitCodeOrDefault() {
        return unitCode == null || unitCode.isBlank() ? InvoiceLine.DEFAULT_UNIT_CODE : unitCode;
    }
}
