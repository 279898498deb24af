package sa.fatoora.gateway.signing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * The longest QR code the gateway can write into a document of a seller: the seller's own name and VAT number, every
 * other tag at the longest text the writer and the stamp can produce. Encoded with the signer's own {@link QrCodes},
 * so the figure cannot drift from what signing refuses (over 700 characters).
 */
public final class QrWorstCase {

    /**
     * Tags 4 and 5 repeat the amount due and the VAT total in SAR. Each decimal of a request has at most 18 digits
     * before the point (BoundedDecimalDeserializer), but sums and products of them have more: InvoiceValidator
     * refuses totals whose text (as the invoice writer writes it: two decimals, plain) is longer than this one, 18
     * digits and two decimals. Both totals are at least zero once validated (BR-KSA-F-04), so no sign.
     */
    public static final String LONGEST_TOTAL =
            BigDecimal.TEN.pow(18).subtract(new BigDecimal("0.01")).toPlainString();

    /**
     * Tag 3 is IssueDate "T" IssueTime as written: InvoiceValidator takes only four-digit years (ZATCA's date
     * format, BR-KSA-F-01), so every date is ten characters; the time is always hh:mm:ss.
     */
    public static final String LONGEST_DATE = LocalDate.of(9999, 12, 31).toString();

    /** hh:mm:ss, as the invoice writer writes every time. */
    public static final String LONGEST_TIME = "23:59:59";

    /** InvoiceTypeCode@name's first two digits of a standard (B2B) document; a simplified one's start with 02. */
    private static final String STANDARD_PREFIX = "01";

    private static final CertificateFacts CERTIFICATE = WorstCaseStamp.certificate();
    private static final QrCodes QR_CODES = new QrCodes();

    private QrWorstCase() {}

    /**
     * Characters of the longest QR for this seller; {@code simplified} adds tag 9 (the certificate's signature),
     * which only simplified documents carry. Values must be at most 255 bytes each, as in any QR.
     */
    public static int length(String sellerName, String vatNumber, boolean simplified) {
        InvoiceFacts facts = new InvoiceFacts(
                sellerName,
                vatNumber,
                LONGEST_DATE,
                LONGEST_TIME,
                (simplified ? XmlDsig.SIMPLIFIED_PREFIX : STANDARD_PREFIX) + "00000",
                LONGEST_TOTAL,
                LONGEST_TOTAL,
                LONGEST_TOTAL);
        return QR_CODES.base64Tlv(QR_CODES.payload(
                        facts, WorstCaseStamp.INVOICE_HASH, WorstCaseStamp.SIGNATURE_VALUE, CERTIFICATE))
                .length();
    }

    /** The most UTF-8 bytes a seller name may have for this seller's longest QR to stay within 700 characters. */
    public static int maxSellerNameBytes(String vatNumber, boolean simplified) {
        for (int bytes = QrCodes.MAX_VALUE_BYTES; bytes > 0; bytes--) {
            if (length("x".repeat(bytes), vatNumber, simplified) <= QrCodes.MAX_LENGTH) {
                return bytes;
            }
        }
        return 0;
    }
}
