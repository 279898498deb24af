package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.signing.control.ParsedKey;
import sa.fatoora.gateway.signing.control.PrivateKeyReader;
import sa.fatoora.gateway.signing.control.PrivateKeyRejectedException;

/** The one key codec (signing's PrivateKeyReader) as certificate uses it: JCA key pairs and the CSR key match. */
class KeyCodecTest {

    @Test
    void aKeyPairReadBackIsTheOneWritten() {
        KeyPair written = CsrGenerator.newKeyPair();
        KeyPair read = X509Certificates.keyPairFromPem(X509Certificates.toPem(written.getPrivate()));
        assertEquals(written.getPublic(), read.getPublic());
        assertEquals(
                ((org.bouncycastle.jce.interfaces.ECPrivateKey) written.getPrivate()).getD(),
                ((org.bouncycastle.jce.interfaces.ECPrivateKey) read.getPrivate()).getD());
    }

    @Test
    void aCsrsOwnKeyMatchesAndOthersSayHowTheyDiffer() throws Exception {
        KeyPair csr = CsrGenerator.newKeyPair();
        ParsedKey own = PrivateKeyReader.read(X509Certificates.toPem(csr.getPrivate()));
        ParsedKey other = PrivateKeyReader.read(
                X509Certificates.toPem(CsrGenerator.newKeyPair().getPrivate()));
        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC", ZatcaOids.PROVIDER);
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        ParsedKey onP256 = PrivateKeyReader.read(
                X509Certificates.toPem(p256.generateKeyPair().getPrivate()));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        ParsedKey rsaKey = PrivateKeyReader.read(
                X509Certificates.toPem(rsa.generateKeyPair().getPrivate()));

        assertEquals(CsrKeyMatch.Result.SAME_KEY, CsrKeyMatch.of(own, csr.getPublic()));
        assertEquals(CsrKeyMatch.Result.OTHER_POINT, CsrKeyMatch.of(other, csr.getPublic()));
        assertEquals(CsrKeyMatch.Result.OTHER_CURVE, CsrKeyMatch.of(onP256, csr.getPublic()));
        assertEquals(CsrKeyMatch.Result.NOT_EC, CsrKeyMatch.of(rsaKey, csr.getPublic()));
    }

    @Test
    void whatIsNotAKeySaysSo() {
        var e = assertThrows(PrivateKeyRejectedException.class, () -> PrivateKeyReader.read("not a key"));
        assertEquals("INVALID_KEY_FORMAT", e.code());
        assertThrows(IllegalArgumentException.class, () -> X509Certificates.keyPairFromPem(rsaPem()));
    }

    private static String rsaPem() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return X509Certificates.toPem(rsa.generateKeyPair().getPrivate());
    }
}
