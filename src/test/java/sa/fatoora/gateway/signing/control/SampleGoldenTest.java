package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.Finding;
import sa.fatoora.gateway.signing.entity.QrPayload;

/** Every recipe against all 19 signed samples of the ZATCA SDK (see {@link SdkSamples} for where they live). */
class SampleGoldenTest {

    private final InvoiceHasher hasher = new InvoiceHasher();
    private final QrCodes qrCodes = new QrCodes();
    private final SignatureVerifier verifier = new SignatureVerifier();

    static List<Path> samples() {
        return SdkSamples.all().toList();
    }

    @Test
    void theSdkHasNineteenSamples() {
        assertEquals(19, samples().size());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void invoiceHashIsTheSamplesDigestValue(Path sample) {
        String text = SdkSamples.read(sample);
        Document document = SecureXml.parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(SdkSamples.digestValues(text).get(0), hasher.hash(document));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hashingLeavesTheDocumentAsItWas(Path sample) {
        byte[] xml = SdkSamples.read(sample).getBytes(StandardCharsets.UTF_8);
        Document document = SecureXml.parse(xml);
        String first = hasher.hash(document);
        assertEquals(first, hasher.hash(document));
        assertEquals(verifier.verify(document), verifier.verify(SecureXml.parse(xml)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void certDigestIssuerAndSerialAreTheSamples(Path sample) {
        String text = SdkSamples.read(sample);
        CertificateFacts certificate = Certificates.fromPem(SdkSamples.find(text, "<ds:X509Certificate>([^<]*)<"));
        assertEquals(SdkSamples.digestValues(text).get(2), certificate.certDigest());
        assertEquals(SdkSamples.find(text, "<ds:X509IssuerName>([^<]*)<"), certificate.issuerName());
        assertEquals(
                SdkSamples.find(text, "<ds:X509SerialNumber>([^<]*)<"),
                certificate.serialNumber().toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void signedPropertiesDigestIsTheSamplesFromTheDomAndFromOurTemplate(Path sample) {
        String text = SdkSamples.read(sample);
        String expected = SdkSamples.digestValues(text).get(1);
        Stamp stamp = Stamp.read(SecureXml.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, SignedPropertiesText.digest(stamp.signedProperties()));
        CertificateFacts certificate = Certificates.fromPem(stamp.certificate());
        String signingTime = SdkSamples.find(text, "<xades:SigningTime>([^<]*)<");
        assertEquals(expected, InvoiceSigner.signedPropertiesDigest(signingTime, certificate));
        assertEquals(
                SdkSamples.find(text, "(<xades:SignedProperties .*?</xades:SignedProperties>)"),
                XadesTemplates.signedProperties(signingTime, certificate, false));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void signatureVerifiesWithTheSamplesCertificate(Path sample) {
        String text = SdkSamples.read(sample);
        CertificateFacts certificate = Certificates.fromPem(SdkSamples.find(text, "<ds:X509Certificate>([^<]*)<"));
        byte[] hash = Base64.getDecoder().decode(SdkSamples.digestValues(text).get(0));
        byte[] signature = Base64.getDecoder().decode(SdkSamples.find(text, "<ds:SignatureValue>([^<]*)<"));
        assertTrue(Secp256k1.verify(Secp256k1.publicKey(certificate.publicKeyDer()), hash, signature));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void qrDecodesToExactlyTheTagsRecomputedFromTheDocument(Path sample) {
        String text = SdkSamples.read(sample);
        Document document = SecureXml.parse(text.getBytes(StandardCharsets.UTF_8));
        CertificateFacts certificate = Certificates.fromPem(SdkSamples.find(text, "<ds:X509Certificate>([^<]*)<"));
        QrPayload expected = qrCodes.payload(
                InvoiceReader.read(document),
                hasher.hash(document),
                SdkSamples.find(text, "<ds:SignatureValue>([^<]*)<"),
                certificate);
        QrPayload actual = qrCodes.decode(SdkSamples.qr(text));
        assertEquals(expected.values().keySet(), actual.values().keySet());
        expected.values()
                .forEach(
                        (tag, value) -> assertArrayEquals(value, actual.values().get(tag), "tag " + tag));
        assertEquals(SdkSamples.qr(text), qrCodes.encode(expected));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void verifierFindsNothing(Path sample) {
        List<Finding> findings = verifier.verify(SdkSamples.read(sample).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), findings);
    }
}
