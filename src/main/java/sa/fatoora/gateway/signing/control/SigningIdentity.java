package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
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
        return new SigningIdentity(
                Certificates.fromPem(certificatePem), privateKey(Pem.decode(privateKeyPem, "private key")));
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

    private static ECPrivateKeyParameters privateKey(byte[] der) {
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            // PKCS#8 starts with version 0 and an AlgorithmIdentifier; SEC1 with version 1 and an OCTET STRING
            if (seq.size() >= 3 && seq.getObjectAt(1).toASN1Primitive() instanceof ASN1Sequence) {
                PrivateKeyInfo info = PrivateKeyInfo.getInstance(seq);
                requireCurve(info.getPrivateKeyAlgorithm().getParameters());
                return sec1(ECPrivateKey.getInstance(info.parsePrivateKey()), false);
            }
            return sec1(ECPrivateKey.getInstance(seq), true);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new SigningCredentialException("The private key is neither SEC1 nor PKCS#8 EC").causedBy(e);
        }
    }

    private static ECPrivateKeyParameters sec1(ECPrivateKey key, boolean curveRequired) {
        ASN1Encodable parameters = key.getParametersObject();
        if (parameters != null || curveRequired) {
            requireCurve(parameters);
        }
        BigInteger d = key.getKey();
        if (d.signum() <= 0 || d.compareTo(Secp256k1.DOMAIN.getN()) >= 0) {
            throw new SigningCredentialException("The private key is out of range for secp256k1");
        }
        return new ECPrivateKeyParameters(d, Secp256k1.DOMAIN);
    }

    private static void requireCurve(ASN1Encodable parameters) {
        if (parameters == null || !Secp256k1.CURVE.equals(parameters.toASN1Primitive())) {
            throw new SigningCredentialException("The private key is not on secp256k1");
        }
    }
}
