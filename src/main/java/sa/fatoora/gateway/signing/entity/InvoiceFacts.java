package sa.fatoora.gateway.signing.entity;

/**
 * The document values the QR repeats, read as written (amounts are not re-formatted: the QR carries the text).
 * A value is null when the document lacks it.
 *
 * @param typeName        {@code InvoiceTypeCode@name}, e.g. 0200000
 * @param payableAmount   {@code LegalMonetaryTotal/PayableAmount}: what ZATCA's SDK writes as QR tag 4
 * @param taxInclusiveAmount {@code LegalMonetaryTotal/TaxInclusiveAmount}
 * @param vatTotal        the document-level {@code TaxTotal/TaxAmount} in SAR (QR tag 5)
 */
public record InvoiceFacts(
        String sellerName,
        String vatNumber,
        String issueDate,
        String issueTime,
        String typeName,
        String payableAmount,
        String taxInclusiveAmount,
        String vatTotal) {

    public boolean simplified() {
        return typeName != null && typeName.startsWith(XmlDsig.SIMPLIFIED_PREFIX);
    }

    /** QR tag 3: IssueDate + "T" + IssueTime, as the samples write it. */
    public String timestamp() {
        return issueDate + "T" + issueTime;
    }
}
