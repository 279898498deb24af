package sa.fatoora.gateway.signing.entity;

import java.math.BigInteger;

/**
 * What the stamp and the QR need from an X.509 certificate, computed once per certificate.
 *
 * @param base64Der        the certificate as written in {@code ds:X509Certificate} (base64 of the DER, one line)
 * @param certDigest       base64 of the lowercase hex SHA-256 of {@code base64Der}'s ASCII bytes (ZATCA's recipe)
 * @param issuerName       the issuer in {@code X500Principal.toString()} form
 * @param serialNumber     the serial number (written in decimal)
 * @param publicKeyDer     the DER SubjectPublicKeyInfo (QR tag 8)
 * @param signatureBytes   the certificate's own signature bits (QR tag 9)
 */
public record CertificateFacts(
        String base64Der,
        String certDigest,
        String issuerName,
        BigInteger serialNumber,
        byte[] publicKeyDer,
        byte[] signatureBytes) {

    @Override
    public byte[] publicKeyDer() {
        return publicKeyDer.clone();
    }

    @Override
    public byte[] signatureBytes() {
        return signatureBytes.clone();
    }
}
