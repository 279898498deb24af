package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;
import sa.fatoora.gateway.signing.entity.SignedInvoice;
import sa.fatoora.gateway.testing.DefaultZones;

/** Round trips: SDK samples (see {@link SdkSamples}) stripped back to unsigned, then signed by us. */
class InvoiceSignerTest {

    private static final SigningIdentity IDENTITY = SdkSamples.dummyIdentity();

    private final InvoiceSigner signer = new InvoiceSigner();
    private final InvoiceHasher hasher = new InvoiceHasher();
    private final SignatureVerifier verifier = new SignatureVerifier();
    private final QrCodes qrCodes = new QrCodes();

    static List<Path> samples() {
        return SdkSamples.all().toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void signingTheUnsignedSampleGivesTheSamplesHashAndLayout(Path sample) {
        String signedBySdk = SdkSamples.read(sample);
        String unsigned = SdkSamples.unsigned(signedBySdk);
        LocalDateTime signingTime = LocalDateTime.parse(SdkSamples.find(signedBySdk, "<xades:SigningTime>([^<]*)<"));

        SignedInvoice ours = signer.sign(unsigned.getBytes(StandardCharsets.UTF_8), IDENTITY, signingTime);

        String sampleHash = SdkSamples.digestValues(signedBySdk).get(0);
        assertEquals(sampleHash, hasher.hash(SecureXml.parse(unsigned.getBytes(StandardCharsets.UTF_8))));
        assertEquals(sampleHash, ours.invoiceHash());
        assertEquals(sampleHash, hasher.hash(SecureXml.parse(ours.xml())));
        assertEquals(SdkSamples.digestValues(signedBySdk).get(1), ours.signedPropertiesDigest());
        assertEquals(List.of(), verifier.verify(ours.xml()));
        // ECDSA signatures differ from run to run of the SDK (random nonce): everything else is byte for byte
        String text = new String(ours.xml(), StandardCharsets.UTF_8);
        assertEquals(withoutSignatureValues(signedBySdk), withoutSignatureValues(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Standard/Invoice/Standard_Invoice.xml",
                "Simplified/Invoice/Simplified_Invoice.xml",
                "Standard/Credit/Standard_Credit_Note.xml",
                "Simplified/Debit/Simplified_Debit_Note.xml"
            })
    void qrOfOurSignatureDecodesToTheDocument(String relative) {
        String unsigned = SdkSamples.unsigned(SdkSamples.read(SdkSamples.sample(relative)));
        SignedInvoice ours = signer.sign(unsigned.getBytes(StandardCharsets.UTF_8), IDENTITY);
        QrPayload qr = qrCodes.decode(ours.qr());
        Document document = SecureXml.parse(ours.xml());
        assertEquals("399999999900003", qr.text(QrTag.VAT_NUMBER));
        assertEquals(ours.invoiceHash(), qr.text(QrTag.INVOICE_HASH));
        assertEquals(ours.signatureValue(), qr.text(QrTag.SIGNATURE));
        assertEquals(InvoiceReader.read(document).sellerName(), qr.text(QrTag.SELLER_NAME));
        assertEquals(relative.startsWith("Simplified"), qr.has(QrTag.CERTIFICATE_SIGNATURE));
        assertEquals(ours.qr(), SdkSamples.qr(new String(ours.xml(), StandardCharsets.UTF_8)));
        assertEquals(List.of(), verifier.verify(document));
    }

    @Test
    void arabicSellerNameRoundTripsThroughTheQr() {
        String arabic = "شركة التوريد السريع للتقنية المحدودة";
        String unsigned = SdkSamples.unsigned(
                        SdkSamples.read(SdkSamples.sample("Simplified/Invoice/Simplified_Invoice.xml")))
                .replaceFirst(
                        "<cbc:RegistrationName>[^<]*</cbc:RegistrationName>",
                        "<cbc:RegistrationName>" + arabic + "</cbc:RegistrationName>");
        SignedInvoice ours = signer.sign(unsigned.getBytes(StandardCharsets.UTF_8), IDENTITY);
        assertEquals(arabic, qrCodes.decode(ours.qr()).text(QrTag.SELLER_NAME));
        assertTrue(new String(ours.xml(), StandardCharsets.UTF_8).contains(arabic));
        assertEquals(List.of(), verifier.verify(ours.xml()));
    }

    @Test
    void signingTimeIsWrittenToTheSecondWithoutZone() {
        String unsigned =
                SdkSamples.unsigned(SdkSamples.read(SdkSamples.sample("Standard/Invoice/Standard_Invoice.xml")));
        SignedInvoice ours = signer.sign(
                unsigned.getBytes(StandardCharsets.UTF_8),
                IDENTITY,
                LocalDateTime.of(2025, 1, 2, 3, 4, 5, 678_000_000));
        assertTrue(new String(ours.xml(), StandardCharsets.UTF_8)
                .contains("<xades:SigningTime>2025-01-02T03:04:05</xades:SigningTime>"));
    }

    @Test
    void signingTimeIsRiyadhTimeOnTheClockWhateverTheJvmZone() {
        InvoiceSigner pinned = new InvoiceSigner();
        pinned.clock = Clock.fixed(Instant.parse("2025-07-01T21:30:00Z"), ZoneOffset.UTC);
        byte[] unsigned = SdkSamples.unsigned(
                        SdkSamples.read(SdkSamples.sample("Standard/Invoice/Standard_Invoice.xml")))
                .getBytes(StandardCharsets.UTF_8);
        DefaultZones.forEach(zone -> assertTrue(
                new String(pinned.sign(unsigned, IDENTITY).xml(), StandardCharsets.UTF_8)
                        .contains("<xades:SigningTime>2025-07-02T00:30:00</xades:SigningTime>"),
                "JVM zone " + zone));
    }

    @Test
    void undeclaredStampPrefixesAreDeclaredLocallyWithoutChangingTheHash() {
        String unsigned = SdkSamples.unsigned(
                        SdkSamples.read(SdkSamples.sample("Standard/Invoice/Standard_Invoice.xml")))
                .replace(" xmlns:ext=\"urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2\"", "");
        byte[] xml = unsigned.getBytes(StandardCharsets.UTF_8);
        SignedInvoice ours = signer.sign(xml, IDENTITY);
        assertEquals(hasher.hash(SecureXml.parse(xml)), ours.invoiceHash());
        assertTrue(new String(ours.xml(), StandardCharsets.UTF_8).contains("<ext:UBLExtensions xmlns:ext="));
        assertEquals(List.of(), verifier.verify(ours.xml()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Standard/Invoice/Standard_Invoice.xml", "Simplified/Credit/Simplified_Credit_Note.xml"})
    void aSignedDocumentIsRefused(String relative) {
        byte[] signed = SdkSamples.read(SdkSamples.sample(relative)).getBytes(StandardCharsets.UTF_8);
        InvoiceAlreadySignedException e =
                assertThrows(InvoiceAlreadySignedException.class, () -> signer.sign(signed, IDENTITY));
        assertEquals("INVOICE_ALREADY_SIGNED", e.code());
    }

    @Test
    void aDocumentWithoutPihIsRefused() {
        String unsigned = SdkSamples.unsigned(
                        SdkSamples.read(SdkSamples.sample("Standard/Invoice/Standard_Invoice.xml")))
                .replace("<cbc:ID>PIH</cbc:ID>", "<cbc:ID>XYZ</cbc:ID>");
        assertThrows(
                InvoiceNotSignableException.class,
                () -> signer.sign(unsigned.getBytes(StandardCharsets.UTF_8), IDENTITY));
    }

    private static String withoutSignatureValues(String signed) {
        return signed.replaceFirst("<ds:SignatureValue>[^<]*<", "<ds:SignatureValue><")
                .replaceFirst(
                        "(<cbc:ID>QR</cbc:ID>\\s*<cac:Attachment>\\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>)"
                                + "[^<]*<",
                        "$1<");
    }
}
