package sa.fatoora.gateway.pdf.entity;

import java.util.List;

/**
 * What a PDF shows, read from the signed XML: text exactly as written in the document (amounts too: they are only
 * grouped for display), null where the document has no such element.
 */
public record PrintedInvoice(
        String typeCode,
        String typeName,
        String number,
        String uuid,
        String icv,
        String issueDate,
        String issueTime,
        String supplyDate,
        String supplyEndDate,
        String currency,
        String taxCurrency,
        Party seller,
        Party buyer,
        List<String> billingReferences,
        List<String> noteReasons,
        List<String> notes,
        List<String> paymentMeans,
        String paymentTerms,
        List<Line> lines,
        List<AllowanceCharge> allowanceCharges,
        List<VatSubtotal> vatSubtotals,
        Totals totals,
        String qr) {

    /** A seller or buyer: name, VAT number, another identifier (scheme and value) and the address lines. */
    public record Party(String name, String vatNumber, String otherIdScheme, String otherId, List<String> address) {}

    /**
     * One line. {@code prepaymentOf} is set on a prepayment adjustment line (the prepaid document's number, date and
     * time), with the prepaid taxable and VAT amounts.
     */
    public record Line(
            String id,
            String name,
            String quantity,
            String unitCode,
            String unitPrice,
            String discount,
            String vatCategory,
            String vatPercent,
            String vatAmount,
            String netAmount,
            String grossAmount,
            String prepaymentOf,
            String prepaidTaxable,
            String prepaidVat) {}

    public record AllowanceCharge(
            boolean charge, String reason, String amount, String vatCategory, String vatPercent) {}

    public record VatSubtotal(
            String category,
            String percent,
            String taxableAmount,
            String vatAmount,
            String exemptionCode,
            String exemptionReason) {}

    /**
     * Document totals; {@code vatTotalInTaxCurrency} is the second VAT total (in SAR) of a document in another
     * currency.
     */
    public record Totals(
            String lineExtension,
            String allowances,
            String charges,
            String taxExclusive,
            String vatTotal,
            String vatTotalInTaxCurrency,
            String taxInclusive,
            String prepaid,
            String rounding,
            String payable) {}

    /** 381 credit note, 383 debit note, 386 prepayment invoice, else a tax invoice. */
    public DocumentKind kind() {
        return DocumentKind.of(typeCode, typeName);
    }
}
