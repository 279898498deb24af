package sa.fatoora.gateway.onboarding.control;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import sa.fatoora.gateway.certificate.control.Certificates;
import sa.fatoora.gateway.certificate.control.ZatcaOids;

/** A CSR and a private key as a client sends them to the two-step endpoint: read, and checked to belong together. */
final class ClientCsr {

    private ClientCsr() {}

    /** PEM text, or base64 of the PEM text as ZATCA's own {@code {"csr": ...}} carries it. */
    static String pem(String csr) {
        String text = csr.strip();
        if (text.contains("-----BEGIN")) {
            return text;
        }
        try {
            return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.US_ASCII).strip();
        } catch (IllegalArgumentException e) {
            throw OnboardingRequestException.invalidCsr("The CSR is neither PEM nor base64 of a PEM");
        }
    }

    /** The key must be EC on secp256k1 and its public point the CSR's. */
    static void requireKeyOf(String privateKeyPem, PublicKey csrKey) {
        PrivateKey key;
        try {
            key = Certificates.privateKeyFromPem(privateKeyPem);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw OnboardingRequestException.invalidKey(
                    "The private key cannot be read: expected PEM, PKCS#8 (PRIVATE KEY) or EC PRIVATE KEY");
        }
        if (!(key instanceof ECPrivateKey ec) || !(csrKey instanceof ECPublicKey csrPoint)) {
            throw OnboardingRequestException.invalidKey("The private key must be an EC key on " + ZatcaOids.CURVE);
        }
        BigInteger d = ec.getD();
        boolean sameCurve = ec.getParameters() != null
                && ec.getParameters().getCurve().equals(csrPoint.getParameters().getCurve());
        if (!sameCurve) {
            throw OnboardingRequestException.keyMismatch("the private key is on another curve than the CSR's key");
        }
        if (!ec.getParameters()
                .getG()
                .multiply(d)
                .normalize()
                .equals(csrPoint.getQ().normalize())) {
            throw OnboardingRequestException.keyMismatch("same curve, different public point");
        }
    }
}
