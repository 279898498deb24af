package sa.fatoora.gateway.invoice.entity;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import sa.fatoora.gateway.platform.control.StrictBooleanDeserializer;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

/**
 * What a caller sends to issue one document. The seller, the chain position (ICV, PIH) and the UUID are not part of
 * it: the gateway owns them. Flags map to the invoice transaction code {@code NNPNESB[C][G]} (KSA-2).
 *
 * @param issueDate        local date in Asia/Riyadh; with {@code issueTime}, or both absent for "now"
 * @param currency         document currency (BT-5), SAR when absent; VAT is always accounted in SAR
 * @param exchangeRate     SAR per unit of {@code currency}, required when the currency is not SAR
 * @param billingReference number of the invoice a credit or debit note corrects (BT-25)
 * @param reason           why a credit or debit note is issued (KSA-10)
 * @param supplyDate       supply date (KSA-5), {@code supplyEndDate} the end of a continuous supply (KSA-24)
 * @param contractId       contract reference (BT-12), required for B2G documents (BR-KSA-92)
 */
public record InvoiceRequest(
        @NotNull DocumentType documentType,
        @NotNull InvoiceSubtype subtype,
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean thirdParty,
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean nominal,
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean export,
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean summary,
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean selfBilled,
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean continuousSupply,
        @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean b2g,
        @NotBlank @Size(max = 127) String id,
        LocalDate issueDate,
        LocalTime issueTime,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        @Positive BigDecimal exchangeRate,
        @Valid Buyer buyer,
        @NotEmpty List<@Valid InvoiceLine> lines,
        List<@Valid AllowanceCharge> allowanceCharges,
        List<@Valid Prepayment> prepayments,
        @Size(max = 5000) String billingReference,
        @Size(max = 1000) String reason,
        @Size(max = 3) String paymentMeansCode,
        LocalDate supplyDate,
        LocalDate supplyEndDate,
        List<@Valid InvoiceNote> notes,
        @Size(max = 127) String contractId,
        BigDecimal payableRoundingAmount,
        @Valid ClientTotals totals) {

    public static final String SAR = "SAR";

    public InvoiceRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
        allowanceCharges = allowanceCharges == null ? List.of() : List.copyOf(allowanceCharges);
        prepayments = prepayments == null ? List.of() : List.copyOf(prepayments);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public String currencyOrSar() {
        return currency == null || currency.isBlank() ? SAR : currency;
    }

    public boolean isForeignCurrency() {
        return !SAR.equals(currencyOrSar());
    }
}
