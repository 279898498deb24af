package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.invoice.entity.UnsignedInvoice;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.QrCodeException;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.control.QrWorstCase;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.signing.control.WorstCaseStamp;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;
import sa.fatoora.gateway.signing.entity.SignedInvoice;

class QrWorstCaseTest {

    static final String VAT = "399999999900003";
    static final int SIMPLIFIED_MAX = 131;
    static final int STANDARD_MAX = 205;

    private final QrCodes qrCodes = new QrCodes();

    @Test
    void theLongestValuesAreTheOnesTheWriterAndTheStampCanProduce() {
        assertEquals("999999999999999999.99", QrWorstCase.LONGEST_TOTAL);
        assertEquals(10, QrWorstCase.LONGEST_DATE.length(), QrWorstCase.LONGEST_DATE);
        assertEquals("23:59:59", QrWorstCase.LONGEST_TIME);
        // signing's worst case is the invoice writer's longest text
        assertEquals(
                XmlBuilder.money(BigDecimal.TEN.pow(18).subtract(new BigDecimal("0.01"))), QrWorstCase.LONGEST_TOTAL);
        assertEquals(
                XmlBuilder.date(java.time.LocalDate.of(InvoiceValidator.LAST_YEAR, 12, 31)), QrWorstCase.LONGEST_DATE);
        assertEquals(XmlBuilder.time(java.time.LocalTime.MAX), QrWorstCase.LONGEST_TIME);
        assertEquals(44, WorstCaseStamp.INVOICE_HASH.length());
        assertEquals(96, WorstCaseStamp.SIGNATURE_VALUE.length());
        assertEquals(88, WorstCaseStamp.certificate().publicKeyDer().length);
        assertEquals(72, WorstCaseStamp.certificate().signatureBytes().length);
    }

    @Test
    void theLargestNameThatFitsGivesAQrOfAtMost700AndOneByteMoreDoesNot() {
        assertEquals(SIMPLIFIED_MAX, QrWorstCase.maxSellerNameBytes(VAT, true));
        assertEquals(STANDARD_MAX, QrWorstCase.maxSellerNameBytes(VAT, false));
        for (boolean simplified : new boolean[] {true, false}) {
            int max = simplified ? SIMPLIFIED_MAX : STANDARD_MAX;
            String fits = "x".repeat(max);
            assertTrue(QrWorstCase.length(fits, VAT, simplified) <= QrCodes.MAX_LENGTH);
            // the product's encoder, with its 700-character check, takes the worst case of the largest name
            String qr = qrCodes.encode(worstCase(fits, simplified));
            assertEquals(QrWorstCase.length(fits, VAT, simplified), qr.length());
            assertEquals(fits, qrCodes.decode(qr).text(QrTag.SELLER_NAME));

            String over = "x".repeat(max + 1);
            assertTrue(QrWorstCase.length(over, VAT, simplified) > QrCodes.MAX_LENGTH);
            assertThrows(QrCodeException.class, () -> qrCodes.encode(worstCase(over, simplified)));
        }
    }

    @Test
    void aNameOf167BytesOfArabicDoesNotFit() {
        String name = arabic(167);
        assertEquals(167, name.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(QrWorstCase.length(name, VAT, true) > QrCodes.MAX_LENGTH);
        assertTrue(QrWorstCase.length(name, VAT, false) <= QrCodes.MAX_LENGTH);
    }

    @Test
    void valuesOver255BytesCannotBeEncodedAtAll() {
        assertEquals(
                255,
                qrCodes.decode(qrCodes.base64Tlv(new QrPayload(Map.of(1, new byte[255]))))
                        .bytes(QrTag.SELLER_NAME)
                        .length);
        assertThrows(QrCodeException.class, () -> QrWorstCase.length("x".repeat(256), VAT, false));
    }

    @Test
    void totalsFitUpTo18DigitsBeforeThePoint() {
        assertTrue(InvoiceValidator.qrFits(new BigDecimal("999999999999999999.99")));
        assertTrue(InvoiceValidator.qrFits(new BigDecimal("999999999999999999.994")));
        assertFalse(InvoiceValidator.qrFits(new BigDecimal("999999999999999999.995")), "rounds to 19 digits");
        assertFalse(InvoiceValidator.qrFits(new BigDecimal("1000000000000000000")));
    }

    /**
     * A real document at the limit: the largest name, the longest date, both totals at 18 digits, signed with the
     * SDK's certificate and key. Its QR is within 700 characters and its variable tags are as long as the worst case.
     */
    @Test
    void aSignedSimplifiedInvoiceAtTheLimitHasAQrOfAtMost700() throws IOException {
        String name = arabic(SIMPLIFIED_MAX);
        Seller seller = new Seller(name, VAT, SampleFixtures.SELLER.otherId(), SampleFixtures.SELLER.address());
        InvoiceRequest request = SampleFixtures.JSONB.fromJson(
                """
                {"documentType": "TAX_INVOICE", "subtype": "SIMPLIFIED", "id": "QR-LIMIT",
                 "issueDate": "1000-01-01", "issueTime": "23:59:59", "paymentMeansCode": "10",
                 "lines": [{"id": "1", "name": "Item", "quantity": 1, "netPrice": 869565217391304347.82,
                            "vatCategory": "S", "vatRate": 15}]}""",
                InvoiceRequest.class);
        UnsignedInvoice unsigned = new InvoicePreparation(SampleFixtures.CLOCK)
                .prepare(request, seller, new ChainPosition(1, ChainPosition.FIRST_PREVIOUS_HASH), UUID.randomUUID());

        SignedInvoice signed = new InvoiceSigner().sign(unsigned.xml(), sdkIdentity());

        assertTrue(signed.qr().length() <= QrCodes.MAX_LENGTH, signed.qr().length() + " characters");
        QrPayload qr = qrCodes.decode(signed.qr());
        assertEquals(name, qr.text(QrTag.SELLER_NAME));
        assertEquals("1000-01-01T23:59:59", qr.text(QrTag.TIMESTAMP));
        assertEquals(
                (QrWorstCase.LONGEST_DATE + "T" + QrWorstCase.LONGEST_TIME).length(),
                qr.text(QrTag.TIMESTAMP).length());
        assertEquals(QrWorstCase.LONGEST_TOTAL, qr.text(QrTag.TOTAL_WITH_VAT));
        assertEquals(18 + 3, qr.text(QrTag.VAT_TOTAL).length(), qr.text(QrTag.VAT_TOTAL));
        assertTrue(qr.has(QrTag.CERTIFICATE_SIGNATURE));
    }

    private static QrPayload worstCase(String name, boolean simplified) {
        return new QrCodes()
                .payload(
                        new InvoiceFacts(
                                name,
                                VAT,
                                QrWorstCase.LONGEST_DATE,
                                QrWorstCase.LONGEST_TIME,
                                simplified ? "0200000" : "0100000",
                                QrWorstCase.LONGEST_TOTAL,
                                QrWorstCase.LONGEST_TOTAL,
                                QrWorstCase.LONGEST_TOTAL),
                        WorstCaseStamp.INVOICE_HASH,
                        WorstCaseStamp.SIGNATURE_VALUE,
                        WorstCaseStamp.certificate());
    }

    /** Arabic letters (2 bytes each in UTF-8) and, for an odd count, one ASCII space. */
    static String arabic(int bytes) {
        String letters = "شركةالتقنيةالمتقدمةللتجارة".repeat(10).substring(0, bytes / 2);
        return bytes % 2 == 0
                ? letters
                : letters.substring(0, letters.length() / 2) + " " + letters.substring(letters.length() / 2);
    }

    private static SigningIdentity sdkIdentity() throws IOException {
        Path certificates = SampleFixtures.sdkDir().resolve("Data/Certificates");
        return SigningIdentity.fromPem(
                Files.readString(certificates.resolve("cert.pem")),
                Files.readString(certificates.resolve("ec-secp256k1-priv-key.pem")));
    }
}
