package sa.fatoora.gateway.invoice.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import sa.fatoora.gateway.invoice.entity.InvoiceSubtype;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.control.WorstCaseStamp;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;

/**
 * The longest QR code the gateway can write into a document of a seller: the seller's own name and VAT number, every
 * other tag at the longest text the writer and the stamp can produce. Encoded with the signer's own {@link QrCodes},
 * so the figure cannot drift from what signing refuses (over 700 characters).
 */
public final class QrWorstCase {

    /**
     * Tags 4 and 5 repeat the amount due and the VAT total in SAR. Each decimal of a request has at most 18 digits
     * before the point (BoundedDecimalDeserializer), but sums and products of them have more: InvoiceValidator
     * refuses totals whose text is longer than this one, 18 digits and two decimals. Both totals are at least zero
     * once validated (BR-KSA-F-04), so no sign.
     */
    static final String LONGEST_TOTAL = XmlBuilder.money(BigDecimal.TEN.pow(18).subtract(new BigDecimal("0.01")));

    /**
     * Tag 3 is IssueDate "T" IssueTime as written: InvoiceValidator takes only four-digit years (ZATCA's date
     * format, BR-KSA-F-01), so every date is ten characters; the time is always hh:mm:ss.
     */
    static final String LONGEST_DATE = XmlBuilder.date(LocalDate.of(InvoiceValidator.LAST_YEAR, 12, 31));

    static final String LONGEST_TIME = XmlBuilder.time(LocalTime.MAX);

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
                (simplified ? InvoiceSubtype.SIMPLIFIED : InvoiceSubtype.STANDARD).code() + "00000",
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

    /** Whether a total's text, as the writer writes it, is within what the QR is sized for. */
    static boolean fits(BigDecimal total) {
        return XmlBuilder.money(total).length() <= LONGEST_TOTAL.length();
    }
}
