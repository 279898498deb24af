package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * SHA256withECDSA on secp256k1 with BouncyCastle's lightweight API: no JCA provider to register (the JDK dropped
 * the curve) and BouncyCastle's dedicated secp256k1 arithmetic, which is several times faster than the generic one.
 * Nonces are deterministic (RFC 6979), so signing never depends on the quality of a random source.
 */
final class Secp256k1 {

    static final ASN1ObjectIdentifier CURVE = new ASN1ObjectIdentifier(XmlDsig.CURVE_OID);
    static final ECDomainParameters DOMAIN = domain();

    private Secp256k1() {}

    /** DER signature of SHA-256(message), i.e. what {@code Signature("SHA256withECDSA")} produces. */
    static byte[] sign(ECPrivateKeyParameters key, byte[] message) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(Certificates.sha256(message));
        return derSignature(rs[0], rs[1]);
    }

    /** ECDSA's (r, s) as the DER SEQUENCE of two INTEGERs that signature values and certificates carry. */
    static byte[] derSignature(BigInteger r, BigInteger s) {
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of two integers cannot fail", e);
        }
    }

    /** False for anything that is not a valid signature by this key, malformed input included. */
    static boolean verify(ECPublicKeyParameters key, byte[] message, byte[] derSignature) {
        BigInteger r;
        BigInteger s;
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(derSignature));
            if (seq.size() != 2) {
                return false;
            }
            r = ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
            s = ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, key);
        return verifier.verifySignature(Certificates.sha256(message), r, s);
    }

    /** The secp256k1 public key inside a DER SubjectPublicKeyInfo. */
    static ECPublicKeyParameters publicKey(byte[] subjectPublicKeyInfo) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo);
            AlgorithmIdentifier algorithm = info.getAlgorithm();
            if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())
                    || !CURVE.equals(algorithm.getParameters())) {
                throw new SigningCredentialException("The certificate's key is not an EC secp256k1 key");
            }
            ECPoint point =
                    DOMAIN.getCurve().decodePoint(info.getPublicKeyData().getOctets());
            return new ECPublicKeyParameters(point, DOMAIN);
        } catch (IllegalArgumentException e) {
            throw new SigningCredentialException("The certificate's public key cannot be read").causedBy(e);
        }
    }

    private static ECDomainParameters domain() {
        X9ECParameters curve = CustomNamedCurves.getByOID(CURVE);
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH(), curve.getSeed());
    }
}
