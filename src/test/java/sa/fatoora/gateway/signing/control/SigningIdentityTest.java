package sa.fatoora.gateway.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.signing.entity.CertificateFacts;

/** Reading the SDK's dummy CSID ({@code Data/Certificates}, see {@link SdkSamples}) in every form we accept. */
class SigningIdentityTest {

    private static final String CERT = SdkSamples.read(SdkSamples.DATA.resolve("Certificates/cert.pem"));
    private static final String KEY =
            SdkSamples.read(SdkSamples.DATA.resolve("Certificates/ec-secp256k1-priv-key.pem"));

    @Test
    void bareBase64FromTheSdkGivesTheSamplesCertificateFacts() {
        CertificateFacts facts = SdkSamples.dummyIdentity().certificate();
        assertEquals("CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local", facts.issuerName());
        assertEquals(
                "379112742831380471835263969587287663520528387",
                facts.serialNumber().toString());
        assertEquals(
                "ZDMwMmI0MTE1NzVjOTU2NTk4YzVlODhhYmI0ODU2NDUyNTU2YTVhYjhhMDFmN2FjYjk1YTA2OWQ0NjY2MjQ4NQ==",
                facts.certDigest());
        assertEquals(CERT.strip(), facts.base64Der());
        assertEquals(88, facts.publicKeyDer().length);
    }

    @Test
    void pemArmourAndLineBreaksAreAccepted() {
        SigningIdentity identity = SigningIdentity.fromPem(armour("CERTIFICATE", CERT), armour("EC PRIVATE KEY", KEY));
        assertEquals(
                SdkSamples.dummyIdentity().certificate().certDigest(),
                identity.certificate().certDigest());
    }

    @Test
    void pkcs8KeysAreAccepted() throws Exception {
        ECPrivateKey sec1 = ECPrivateKey.getInstance(Base64.getMimeDecoder().decode(KEY.strip()));
        byte[] pkcs8 = new PrivateKeyInfo(
                        new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Secp256k1.CURVE), sec1)
                .getEncoded();
        SigningIdentity identity = SigningIdentity.fromPem(
                CERT, armour("PRIVATE KEY", Base64.getEncoder().encodeToString(pkcs8)));
        byte[] message = "hash".getBytes(StandardCharsets.UTF_8);
        assertTrue(SdkSamples.dummyIdentity().verify(message, identity.sign(message)));
    }

    @Test
    void signaturesAreDerAndVerify() {
        SigningIdentity identity = SdkSamples.dummyIdentity();
        byte[] message = new byte[32];
        byte[] signature = identity.sign(message);
        assertEquals(0x30, signature[0]);
        assertTrue(identity.verify(message, signature));
        assertFalse(identity.verify(new byte[] {1}, signature));
        assertFalse(identity.verify(message, new byte[] {0x30, 0}));
        assertArrayEquals(signature, identity.sign(message), "RFC 6979 nonces are deterministic");
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() throws Exception {
        String other = TamperingTest.otherCertificate();
        SigningCredentialException e =
                assertThrows(SigningCredentialException.class, () -> SigningIdentity.fromPem(other, KEY));
        assertEquals("SIGNING_CREDENTIAL_INVALID", e.code());
    }

    @Test
    void garbageIsACredentialErrorNotACrash() {
        assertThrows(SigningCredentialException.class, () -> SigningIdentity.fromPem("not base64 !", KEY));
        assertThrows(SigningCredentialException.class, () -> SigningIdentity.fromPem(CERT, "AAAA"));
        assertThrows(SigningCredentialException.class, () -> SigningIdentity.fromPem("", KEY));
    }

    private static String armour(String type, String base64) {
        String body = base64.strip().replaceAll("(.{64})", "$1\n");
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
