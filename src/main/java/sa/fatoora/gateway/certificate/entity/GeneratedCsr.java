package sa.fatoora.gateway.certificate.entity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;

/** A fresh secp256k1 key pair and its CSR as PEM text. The private key never leaves the caller. */
public record GeneratedCsr(KeyPair keyPair, String pem) {

    /** The form ZATCA's {@code {"csr": ...}} expects: base64 of the PEM text. */
    public String base64Pem() {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "GeneratedCsr[" + keyPair.getPublic().getAlgorithm() + "]";
    }
}
