package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.certificate;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.ec;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.pem;
import static sa.fatoora.gateway.certificate.control.CertificateFixtures.pkcs8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.KeyPairVerifier.VerifiedPair;
import sa.fatoora.gateway.signing.control.SigningIdentity;

class KeyPairVerifierTest {

    static final Instant NOW = Instant.now();
    static final KeyPair K1 = ec("secp256k1");
    static final String K1_CERT = pem(certificate(K1.getPublic(), Duration.ofDays(365)));

    static CertificateRejectedException rejected(String certificate, String key, String code) {
        var e = assertThrows(CertificateRejectedException.class, () -> KeyPairVerifier.verify(certificate, key, NOW));
        assertEquals(code, e.code());
        assertEquals(400, e.status());
        return e;
    }

    @Test
    void aSecp256k1PairMatchesInEveryKeyFormat() {
        for (String key :
                new String[] {pkcs8(K1), CertificateFixtures.sec1(K1, true), CertificateFixtures.sec1(K1, false)}) {
            VerifiedPair pair = KeyPairVerifier.verify(K1_CERT, key, NOW);
            assertTrue(pair.isSecp256k1(), pair::toString);
            // the normalised key is what the store encrypts: it must sign with the certificate
            SigningIdentity identity = SigningIdentity.fromPem(
                    pair.certificate().base64Der(), Base64.getEncoder().encodeToString(pair.pkcs8()));
            byte[] message = "invoice hash".getBytes();
            assertTrue(identity.verify(message, identity.sign(message)));
        }
    }

    @Test
    void aBareBase64CertificateAndABinarySecurityTokenAreAcceptedToo() {
        String base64Der =
                KeyPairVerifier.verify(K1_CERT, pkcs8(K1), NOW).certificate().base64Der();
        assertEquals(
                base64Der,
                KeyPairVerifier.verify(base64Der, pkcs8(K1), NOW).certificate().base64Der());
        String token = CertificateStore.binarySecurityToken(base64Der);
        assertEquals(
                base64Der,
                KeyPairVerifier.verify(token, pkcs8(K1), NOW).certificate().base64Der());
    }

    @Test
    void belongTogetherComparesTheKeyOnlyNotTheValidity() {
        String expired =
                pem(certificate(K1.getPublic(), NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1))));
        assertTrue(KeyPairVerifier.belongTogether(K1_CERT, pkcs8(K1)));
        assertTrue(KeyPairVerifier.belongTogether(expired, pkcs8(K1)), "an expired certificate keeps its key");
        assertFalse(KeyPairVerifier.belongTogether(K1_CERT, pkcs8(ec("secp256k1"))), "another point");
        assertFalse(KeyPairVerifier.belongTogether(K1_CERT, pkcs8(ec("secp256r1"))), "another curve");
        assertFalse(KeyPairVerifier.belongTogether(K1_CERT, "not a key"), "unreadable");
    }

    @Test
    void anotherKeyOnTheSameCurveIsAMismatchOfThePoint() {
        var e = rejected(K1_CERT, pkcs8(ec("secp256k1")), "CERT_KEY_MISMATCH");
        assertTrue(e.getMessage().contains("same curve (secp256k1), different public point"), e.getMessage());
        rejected(K1_CERT, CertificateFixtures.sec1(ec("secp256k1"), false), "CERT_KEY_MISMATCH");
    }

    @Test
    void aKeyOnAnotherCurveIsNamedAsSuch() {
        KeyPair r1 = ec("secp256r1");
        var e = rejected(K1_CERT, pkcs8(r1), "CERT_KEY_MISMATCH");
        assertTrue(
                e.getMessage()
                        .contains(
                                "the private key is on curve secp256r1 but the certificate's key is on" + " secp256k1"),
                e.getMessage());
        assertNoKeyMaterial(e.getMessage(), r1);
    }

    @Test
    void aSecp256r1PairMatchesButCannotSignForZatca() {
        KeyPair r1 = ec("secp256r1");
        VerifiedPair pair =
                KeyPairVerifier.verify(pem(certificate(r1.getPublic(), Duration.ofDays(30))), pkcs8(r1), NOW);
        assertFalse(pair.isSecp256k1());
        assertEquals("EC (secp256r1)", pair.keyType());
    }

    @Test
    void rsaPairsAreComparedByModulusAndExponent() {
        KeyPair rsa = CertificateFixtures.rsa(2048);
        String certificate = pem(certificate(rsa.getPublic(), Duration.ofDays(30)));
        VerifiedPair pkcs8 = KeyPairVerifier.verify(certificate, pkcs8(rsa), NOW);
        VerifiedPair pkcs1 = KeyPairVerifier.verify(certificate, CertificateFixtures.pkcs1(rsa), NOW);
        assertEquals("RSA (2048-bit)", pkcs8.keyType());
        assertEquals("RSA (2048-bit)", pkcs1.keyType());
        assertFalse(pkcs1.isSecp256k1());

        KeyPair other = CertificateFixtures.rsa(2048);
        var e = rejected(certificate, CertificateFixtures.pkcs1(other), "CERT_KEY_MISMATCH");
        assertTrue(e.getMessage().contains("RSA modulus differs"), e.getMessage());
        assertNoKeyMaterial(e.getMessage(), other);
    }

    @Test
    void keyTypesThatDifferAreNamed() {
        var e = rejected(K1_CERT, pkcs8(CertificateFixtures.rsa(2048)), "CERT_KEY_MISMATCH");
        assertTrue(
                e.getMessage()
                        .contains("the private key is RSA (2048-bit) but the certificate's key is EC" + " (secp256k1)"),
                e.getMessage());
    }

    @Test
    void unsupportedKeyTypesAreNamed() {
        var ed = rejected(K1_CERT, pkcs8(CertificateFixtures.jdk("Ed25519")), "UNSUPPORTED_KEY_TYPE");
        assertTrue(ed.getMessage().contains("Ed25519"), ed.getMessage());
        var dsa = rejected(K1_CERT, pkcs8(CertificateFixtures.jdk("DSA")), "UNSUPPORTED_KEY_TYPE");
        assertTrue(dsa.getMessage().contains("DSA"), dsa.getMessage());
        var traditional = rejected(K1_CERT, CertificateFixtures.traditionalDsa(), "UNSUPPORTED_KEY_TYPE");
        assertTrue(traditional.getMessage().contains("DSA"), traditional.getMessage());
        var edCertificate = rejected(
                pem(certificate(CertificateFixtures.jdk("Ed25519").getPublic(), Duration.ofDays(1))),
                pkcs8(K1),
                "UNSUPPORTED_KEY_TYPE");
        assertTrue(edCertificate.getMessage().contains("certificate's key type"), edCertificate.getMessage());
    }

    @Test
    void unreadableKeysAreInvalidKeyFormat() {
        rejected(K1_CERT, "", "INVALID_KEY_FORMAT");
        rejected(
                K1_CERT,
                "-----BEGIN PRIVATE KEY-----\n%%%not base64%%%\n-----END PRIVATE KEY-----",
                "INVALID_KEY_FORMAT");
        rejected(K1_CERT, "-----BEGIN PRIVATE KEY-----\nAAECAwQF\n-----END PRIVATE KEY-----", "INVALID_KEY_FORMAT");
        rejected(K1_CERT, K1_CERT, "INVALID_KEY_FORMAT");
        String truncated = pkcs8(K1).substring(0, 80) + "\n-----END PRIVATE KEY-----";
        rejected(K1_CERT, truncated, "INVALID_KEY_FORMAT");
    }

    @Test
    void unreadableCertificatesAreInvalidCertificate() {
        rejected("", pkcs8(K1), "INVALID_CERTIFICATE");
        rejected("-----BEGIN CERTIFICATE-----\nAAECAwQF\n-----END CERTIFICATE-----", pkcs8(K1), "INVALID_CERTIFICATE");
        rejected(pkcs8(K1), pkcs8(K1), "INVALID_CERTIFICATE");
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRejectedWithTheirDates() {
        Instant ended = NOW.minus(Duration.ofHours(1));
        String expired = pem(certificate(K1.getPublic(), NOW.minus(Duration.ofDays(10)), ended));
        var e = rejected(expired, pkcs8(K1), "CERT_NOT_VALID");
        assertTrue(e.getMessage().contains("expired"), e.getMessage());

        String future = pem(certificate(K1.getPublic(), NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(9))));
        var f = rejected(future, pkcs8(K1), "CERT_NOT_VALID");
        assertTrue(f.getMessage().contains("not valid before"), f.getMessage());
    }

    /**
     * ZATCA's own dummy CSID: {@code Data/Certificates/cert.pem} (bare base64 DER) and its key
     * {@code ec-secp256k1-priv-key.pem} (bare base64 SEC1 with the curve OID), from the official SDK 238-R3.4.8 read
     * in place under {@code zatca.sdk.dir}. The certificate is valid from 2024-01-11 to 2029-01-09.
     */
    @Test
    void theSdkDummyCertificateMatchesItsKey() throws Exception {
        Path dir = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data", "Certificates");
        String certificate = Files.readString(dir.resolve("cert.pem"));
        String key = Files.readString(dir.resolve("ec-secp256k1-priv-key.pem"));
        VerifiedPair pair = KeyPairVerifier.verify(certificate, key, Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(pair.isSecp256k1());
        assertEquals(
                "CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local",
                pair.certificate().issuer());
        assertNotNull(pair.certificate().serial());
        rejected(certificate, pkcs8(ec("secp256k1")), "CERT_KEY_MISMATCH");
    }

    /** Neither the private scalar nor the PEM body may appear in an answer. */
    static void assertNoKeyMaterial(String message, KeyPair pair) {
        String body = pkcs8(pair)
                .lines()
                .filter(l -> !l.startsWith("-----"))
                .findFirst()
                .orElseThrow();
        assertFalse(message.contains(body.substring(0, 20)), message);
        assertFalse(message.matches(".*[0-9a-fA-F]{32,}.*"), message);
    }
}
