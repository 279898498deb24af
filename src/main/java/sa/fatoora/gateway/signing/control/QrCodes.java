package sa.fatoora.gateway.signing.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;

/** ZATCA's QR TLV: one byte tag, one byte length, the value; base64 of the whole, at most 700 characters. */
@ApplicationScoped
public class QrCodes {

    public static final int MAX_LENGTH = 700;
    /** One length byte per TLV record. */
    public static final int MAX_VALUE_BYTES = 255;

    /**
     * The phase 2 payload: tags 1-8, plus 9 on simplified documents. Tag 4 is the PayableAmount, which is what the
     * SDK writes (the advance-payment and rounding samples differ from TaxInclusiveAmount and carry PayableAmount).
     */
    public QrPayload payload(
            InvoiceFacts invoice, String invoiceHash, String signatureValue, CertificateFacts certificate) {
        Map<Integer, byte[]> values = new LinkedHashMap<>();
        put(values, QrTag.SELLER_NAME, utf8(invoice.sellerName(), "seller name"));
        put(values, QrTag.VAT_NUMBER, utf8(invoice.vatNumber(), "seller VAT number"));
        put(
                values,
                QrTag.TIMESTAMP,
                utf8(
                        invoice.issueDate() == null || invoice.issueTime() == null ? null : invoice.timestamp(),
                        "issue date and time"));
        put(values, QrTag.TOTAL_WITH_VAT, utf8(invoice.payableAmount(), "payable amount"));
        put(values, QrTag.VAT_TOTAL, utf8(invoice.vatTotal(), "VAT total"));
        put(values, QrTag.INVOICE_HASH, utf8(invoiceHash, "invoice hash"));
        put(values, QrTag.SIGNATURE, utf8(signatureValue, "signature value"));
        put(values, QrTag.PUBLIC_KEY, certificate.publicKeyDer());
        if (invoice.simplified()) {
            put(values, QrTag.CERTIFICATE_SIGNATURE, certificate.signatureBytes());
        }
        return new QrPayload(values);
    }

    /** Base64 TLV; refuses values over 255 bytes and results over 700 characters. */
    public String encode(QrPayload payload) {
        String text = base64Tlv(payload);
        if (text.length() > MAX_LENGTH) {
            throw new QrCodeException("The QR code is " + text.length() + " characters; at most 700 are allowed");
        }
        return text;
    }

    /**
     * Base64 TLV without the 700-character check, for a caller that reports the length itself (an EGS unit's
     * longest possible QR); values over 255 bytes are still refused, as they cannot be written at all.
     */
    public String base64Tlv(QrPayload payload) {
        ByteArrayOutputStream tlv = new ByteArrayOutputStream(512);
        payload.values().forEach((tag, value) -> {
            if (tag < 1 || tag > MAX_VALUE_BYTES) {
                throw new QrCodeException("QR tag " + tag + " is not a one-byte tag");
            }
            if (value.length > MAX_VALUE_BYTES) {
                throw new QrCodeException("QR tag " + tag + " is " + value.length + " bytes; at most 255 fit");
            }
            tlv.write(tag);
            tlv.write(value.length);
            tlv.writeBytes(value);
        });
        return Base64.getEncoder().encodeToString(tlv.toByteArray());
    }

    /** Reads a base64 TLV; a truncated or non-base64 text is a {@link QrCodeException}. */
    public QrPayload decode(String base64) {
        byte[] tlv;
        try {
            tlv = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new QrCodeException("The QR code is not base64").causedBy(e);
        }
        Map<Integer, byte[]> values = new LinkedHashMap<>();
        int i = 0;
        while (i < tlv.length) {
            if (i + 2 > tlv.length) {
                throw new QrCodeException("The QR code ends inside a tag header");
            }
            int tag = tlv[i] & 0xFF;
            int length = tlv[i + 1] & 0xFF;
            if (i + 2 + length > tlv.length) {
                throw new QrCodeException("QR tag " + tag + " claims " + length + " bytes beyond the end");
            }
            if (values.put(tag, java.util.Arrays.copyOfRange(tlv, i + 2, i + 2 + length)) != null) {
                throw new QrCodeException("QR tag " + tag + " appears twice");
            }
            i += 2 + length;
        }
        return new QrPayload(values);
    }

    private static void put(Map<Integer, byte[]> values, QrTag tag, byte[] value) {
        values.put(tag.number(), value);
    }

    private static byte[] utf8(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new InvoiceNotSignableException("The document has no " + what + " for the QR code");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
