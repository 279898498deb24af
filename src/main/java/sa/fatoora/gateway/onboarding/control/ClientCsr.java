package sa.fatoora.gateway.onboarding.control;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import sa.fatoora.gateway.certificate.control.CsrKeyMatch;
import sa.fatoora.gateway.certificate.control.ZatcaOids;
import sa.fatoora.gateway.signing.control.ParsedKey;
import sa.fatoora.gateway.signing.control.PrivateKeyReader;
import sa.fatoora.gateway.signing.control.PrivateKeyRejectedException;

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
        ParsedKey key;
        try {
            key = PrivateKeyReader.read(privateKeyPem);
        } catch (PrivateKeyRejectedException e) {
            throw (e.unsupported()
                            ? OnboardingRequestException.invalidKey(
                                    "The private key must be an EC key on " + ZatcaOids.CURVE)
                            : OnboardingRequestException.invalidKey(
                                    "The private key cannot be read: expected PEM, PKCS#8 (PRIVATE KEY) or EC PRIVATE KEY"))
                    .causedBy(e);
        }
        switch (CsrKeyMatch.of(key, csrKey)) {
            case NOT_EC -> throw OnboardingRequestException.invalidKey(
                    "The private key must be an EC key on " + ZatcaOids.CURVE);
            case OTHER_CURVE -> throw OnboardingRequestException.keyMismatch(
                    "the private key is on another curve than the CSR's key");
            case OTHER_POINT -> throw OnboardingRequestException.keyMismatch("same curve, different public point");
            case SAME_KEY -> {
                // the CSR's own key
            }
        }
    }
}
