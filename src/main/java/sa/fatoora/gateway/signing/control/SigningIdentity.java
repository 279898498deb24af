package sa.fatoora.gateway.signing.control;

import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import sa.fatoora.gateway.signing.entity.CertificateFacts;

/**
 * A CSID ready to sign: the certificate's facts computed once and the secp256k1 private key. Immutable and
 * thread-safe; build one per certificate and keep it as long as the certificate is in use.
 */
public final class SigningIdentity {

    private final CertificateFacts certificate;
    private final ECPrivateKeyParameters privateKey;
    private final ECPublicKeyParameters publicKey;

    private SigningIdentity(CertificateFacts certificate, ECPrivateKeyParameters privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.publicKey = Secp256k1.publicKey(certificate.publicKeyDer());
        if (!publicKey
                .getQ()
                .equals(Secp256k1.DOMAIN.getG().multiply(privateKey.getD()).normalize())) {
            throw new SigningCredentialException("The private key does not belong to the certificate");
        }
    }

    /**
     * @param certificatePem the certificate: PEM, or bare base64 of the DER as in the SDK's cert.pem
     * @param privateKeyPem  the key: SEC1 ("EC PRIVATE KEY") or PKCS#8, with or without PEM armour
     */
    public static SigningIdentity fromPem(String certificatePem, String privateKeyPem) {
        return new SigningIdentity(Certificates.fromPem(certificatePem), privateKey(privateKeyPem));
    }

    public CertificateFacts certificate() {
        return certificate;
    }

    /** SHA256withECDSA (DER) of the message; for the stamp the message is the 32 raw bytes of the invoice hash. */
    public byte[] sign(byte[] message) {
        return Secp256k1.sign(privateKey, message);
    }

    public boolean verify(byte[] message, byte[] derSignature) {
        return Secp256k1.verify(publicKey, message, derSignature);
    }

    /** Read by the one key codec; the signer takes only secp256k1 keys with a named curve. */
    private static ECPrivateKeyParameters privateKey(String text) {
        ParsedKey key;
        try {
            key = PrivateKeyReader.read(text);
        } catch (PrivateKeyRejectedException e) {
            throw new SigningCredentialException(e.getMessage()).causedBy(e);
        }
        if (!(key instanceof ParsedKey.Ec ec) || ec.curve() == null || !Secp256k1.CURVE.equals(ec.curve())) {
            throw new SigningCredentialException("The private key is not on secp256k1");
        }
        BigInteger d = ec.d();
        if (d.signum() <= 0 || d.compareTo(Secp256k1.DOMAIN.getN()) >= 0) {
            throw new SigningCredentialException("The private key is out of range for secp256k1");
        }
        return new ECPrivateKeyParameters(d, Secp256k1.DOMAIN);
    }
}
