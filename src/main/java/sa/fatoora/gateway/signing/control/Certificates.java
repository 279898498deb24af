package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.X509CertificateHolder;
import sa.fatoora.gateway.signing.entity.CertificateFacts;

/**
 * Turns a certificate into the {@link CertificateFacts} the stamp writes. BouncyCastle parses it because the JDK's
 * provider no longer supports secp256k1 keys.
 */
public final class Certificates {

    private Certificates() {}

    /** From PEM, bare base64 or the {@code ds:X509Certificate} text. */
    public static CertificateFacts fromPem(String pemOrBase64) {
        return fromDer(Pem.decode(pemOrBase64, "certificate"));
    }

    public static CertificateFacts fromDer(byte[] der) {
        X509CertificateHolder holder = holder(der);
        try {
            String base64Der = Base64.getEncoder().encodeToString(der);
            return new CertificateFacts(
                    base64Der,
                    certDigest(base64Der),
                    new X500Principal(holder.getIssuer().getEncoded()).toString(),
                    holder.getSerialNumber(),
                    holder.getSubjectPublicKeyInfo().getEncoded(),
                    holder.getSignature());
        } catch (IOException | IllegalArgumentException e) {
            throw new SigningCredentialException("The certificate's issuer or public key cannot be read").causedBy(e);
        }
    }

    /** ZATCA's CertDigest: base64 of the lowercase hex SHA-256 of the base64-DER text (not of the DER bytes). */
    public static String certDigest(String base64Der) {
        return Base64.getEncoder().encodeToString(hexSha256(base64Der.getBytes(StandardCharsets.US_ASCII)));
    }

    static byte[] hexSha256(byte[] data) {
        return HexFormat.of().formatHex(sha256(data)).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] sha256(byte[] data) {
        return Sha256.digest(data);
    }

    static X509CertificateHolder holder(byte[] der) {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException | RuntimeException e) {
            throw new SigningCredentialException("The certificate is not a DER X.509 certificate").causedBy(e);
        }
    }
}
