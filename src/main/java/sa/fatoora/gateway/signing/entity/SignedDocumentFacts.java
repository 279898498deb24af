package sa.fatoora.gateway.signing.entity;

/**
 * What identifies a signed document and places it in its unit's chain, read from the document itself, text exactly
 * as written (null where the document lacks it): the values Fatoora routes and chains by, and the QR's facts.
 *
 * @param typeCode {@code InvoiceTypeCode}: 388 invoice, 381 credit note, 383 debit note, 386 prepayment
 * @param icv      the ICV reference's {@code cbc:UUID} (the invoice counter value)
 * @param pih      the PIH reference's embedded object (the previous invoice's hash, base64)
 */
public record SignedDocumentFacts(
        String uuid,
        String typeCode,
        String icv,
        String pih,
        String signatureValue,
        String certificate,
        InvoiceFacts facts) {

    /** Standard (B2B, cleared) rather than simplified: {@code InvoiceTypeCode@name} starts with 01. */
    public boolean standard() {
        return facts.typeName() != null && facts.typeName().startsWith("01");
    }

    /** The ICV as a number, or null when it is missing or not 1 to 18 digits. */
    public Long icvNumber() {
        String value = icv == null ? null : icv.strip();
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
