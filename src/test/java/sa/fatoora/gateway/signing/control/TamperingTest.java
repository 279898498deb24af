package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.signing.entity.Finding;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;

/** One change at a time to a signed SDK sample (see {@link SdkSamples}); each must raise the matching finding. */
class TamperingTest {

    private static final String SAMPLE =
            SdkSamples.read(SdkSamples.sample("Simplified/Invoice/Simplified_Invoice.xml"));

    private final SignatureVerifier verifier = new SignatureVerifier();
    private final QrCodes qrCodes = new QrCodes();

    @Test
    void untouchedSampleHasNoFinding() {
        assertEquals(Set.of(), errors(SAMPLE));
    }

    @Test
    void changedAmountBreaksTheHashAndTheQr() {
        // the VAT total of the first TaxTotal: covered by the hash and repeated in QR tag 5
        String tampered = SAMPLE.replaceFirst(
                "<cbc:TaxAmount currencyID=\"SAR\">30.15<", "<cbc:TaxAmount currencyID=\"SAR\">30.16<");
        assertFalse(tampered.equals(SAMPLE));
        assertEquals(Set.of("invalid-invoice-hash", "invalid-qr-code"), errors(tampered));
    }

    @Test
    void oneSpaceInTheSignedPartBreaksOnlyTheHash() {
        String tampered = SAMPLE.replace("<cbc:ProfileID>", " <cbc:ProfileID>");
        assertEquals(Set.of("invalid-invoice-hash"), errors(tampered));
    }

    @Test
    void whitespaceInsideTheExcludedStampChangesNothing() {
        String tampered = SAMPLE.replace("<ext:UBLExtension>", "<ext:UBLExtension>  ");
        assertEquals(Set.of(), errors(tampered));
    }

    @Test
    void alteredQrValueIsAQrFinding() {
        String qr = SdkSamples.qr(SAMPLE);
        QrPayload decoded = qrCodes.decode(qr);
        Map<Integer, byte[]> values = new LinkedHashMap<>(decoded.values());
        values.put(QrTag.VAT_TOTAL.number(), "30.16".getBytes(StandardCharsets.UTF_8));
        String tampered = SAMPLE.replace(qr, qrCodes.encode(new QrPayload(values)));
        List<Finding> findings = verifier.verify(tampered.getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("invalid-qr-code"), ids(findings));
        assertTrue(findings.get(0).message().contains("tag 5"), findings.get(0).message());
    }

    @Test
    void taxInclusiveAmountInQrTag4IsOnlyAWarning() {
        String sample = SdkSamples.read(SdkSamples.sample("Standard/Invoice/Advance Payment adjustments.xml"));
        String qr = SdkSamples.qr(sample);
        Map<Integer, byte[]> values = new LinkedHashMap<>(qrCodes.decode(qr).values());
        values.put(QrTag.TOTAL_WITH_VAT.number(), "2185".getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = verifier.verify(
                sample.replace(qr, qrCodes.encode(new QrPayload(values))).getBytes(StandardCharsets.UTF_8));
        assertEquals(1, findings.size());
        assertEquals(Finding.warning("invalid-qr-code", findings.get(0).message()), findings.get(0));
    }

    @Test
    void brokenQrIsAQrFindingNotAnException() {
        assertEquals(Set.of("invalid-qr-code"), errors(SAMPLE.replace(SdkSamples.qr(SAMPLE), "AQ")));
        assertEquals(Set.of("invalid-qr-code"), errors(SAMPLE.replace(SdkSamples.qr(SAMPLE), "%%%")));
    }

    @Test
    void missingQrOnASimplifiedDocumentIsAnError() {
        String tampered = SAMPLE.replaceFirst(
                "(?s)<cac:AdditionalDocumentReference>\\s*<cbc:ID>QR</cbc:ID>.*?"
                        + "</cac:AdditionalDocumentReference>",
                "");
        assertEquals(Set.of("qr-code-missing"), errors(tampered));
    }

    @Test
    void changedSigningTimeBreaksTheSignedPropertiesDigest() {
        String tampered = SAMPLE.replaceFirst("<xades:SigningTime>[^<]*<", "<xades:SigningTime>2030-01-01T00:00:00<");
        assertEquals(Set.of("signed-properties-hashing"), errors(tampered));
    }

    @Test
    void otherSignatureValueIsAnInvalidSignature() {
        String signature = SdkSamples.find(SAMPLE, "<ds:SignatureValue>([^<]*)<");
        byte[] other = SdkSamples.dummyIdentity().sign("something else".getBytes(StandardCharsets.UTF_8));
        String tampered = SAMPLE.replace(
                "<ds:SignatureValue>" + signature,
                "<ds:SignatureValue>" + Base64.getEncoder().encodeToString(other));
        // the QR still carries the original signature value, so it no longer matches either
        assertEquals(Set.of("invalid-signature", "invalid-qr-code"), errors(tampered));
    }

    @Test
    void swappedCertificateBreaksCertDigestIssuerSerialSignatureAndQr() throws Exception {
        String certificate = SdkSamples.find(SAMPLE, "<ds:X509Certificate>([^<]*)<");
        String tampered = SAMPLE.replace(certificate, otherCertificate());
        assertEquals(
                Set.of(
                        "signing-certificate-digest",
                        "signing-certificate-issuer",
                        "signing-certificate-serial",
                        "invalid-signature",
                        "invalid-qr-code"),
                errors(tampered));
    }

    @Test
    void unsignedDocumentHasOnlyTheMissingSignatureFinding() {
        Set<String> found = ids(new SignatureVerifier()
                .verifySignature(sa.fatoora.gateway.platform.control.SecureXml.parse(
                        SdkSamples.unsigned(SAMPLE).getBytes(StandardCharsets.UTF_8))));
        assertEquals(Set.of("signature-missing"), found);
    }

    private Set<String> errors(String xml) {
        return verifier.verify(xml.getBytes(StandardCharsets.UTF_8)).stream()
                .filter(Finding::isError)
                .map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    private static Set<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
    }

    /** A self-signed secp256k1 certificate made here: a valid certificate that did not sign the sample. */
    static String otherCertificate() throws Exception {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(Secp256k1.DOMAIN, new SecureRandom()));
        var pair = generator.generateKeyPair();
        ECPublicKeyParameters publicKey = (ECPublicKeyParameters) pair.getPublic();
        SubjectPublicKeyInfo spki = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Secp256k1.CURVE),
                publicKey.getQ().getEncoded(false));
        X500Name name = new X500Name("CN=Other EGS, O=Tamper Test, C=SA");
        var signer = new BcECContentSignerBuilder(
                        new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withECDSA"),
                        new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256"))
                .build((ECPrivateKeyParameters) pair.getPrivate());
        byte[] der = new X509v3CertificateBuilder(
                        name,
                        BigInteger.valueOf(42),
                        new Date(),
                        new Date(System.currentTimeMillis() + 86_400_000L),
                        name,
                        spki)
                .build(signer)
                .getEncoded();
        return Base64.getEncoder().encodeToString(der);
    }
}
