package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import sa.fatoora.gateway.signing.entity.CertificateFacts;

/**
 * The longest values the stamp can put into QR tags 6 to 9, derived from the algorithms with the encoders the
 * signer uses, so that a unit's QR can be sized before it has a key or a certificate.
 */
public final class WorstCaseStamp {

    /** Tag 6: base64 of a SHA-256 digest, always 32 bytes (44 characters). */
    public static final String INVOICE_HASH = Base64.getEncoder().encodeToString(Certificates.sha256(new byte[0]));

    /**
     * Tag 7: base64 of the longest DER secp256k1 signature. r and s are below the group order n, a 256-bit number:
     * with their top bit set each INTEGER needs a leading zero byte (33 bytes), 72 bytes in all, 96 characters.
     */
    public static final String SIGNATURE_VALUE =
            Base64.getEncoder().encodeToString(longestSignature(Secp256k1.DOMAIN.getN()));

    /**
     * Curves whose keys may sign the unit's certificate (tag 9). Assumption: ZATCA's issuing CAs sign with
     * ecdsa-with-SHA256 on a 256-bit curve, as the SDK's certificate issued by PRZEINVOICESCA4-CA shows (a 71-byte
     * signature); the CA's own curve is not published, so both 256-bit curves a CA would use are taken and the
     * longer result kept (72 bytes for either). A P-384 CA would make it 104 bytes; the built-in simulator's CA is
     * secp256k1.
     */
    static final String[] CA_CURVES = {"secp256k1", "secp256r1"};

    private WorstCaseStamp() {}

    /**
     * Tags 8 and 9 of a certificate no unit has yet: a secp256k1 SubjectPublicKeyInfo (named curve, uncompressed
     * point, 88 bytes; CsrChecker accepts no other key) and the longest CA signature. The other fields are not part
     * of the QR and stay empty.
     */
    public static CertificateFacts certificate() {
        byte[] caSignature = Stream.of(CA_CURVES)
                .map(name -> longestSignature(CustomNamedCurves.getByName(name).getN()))
                .reduce((a, b) -> a.length >= b.length ? a : b)
                .orElseThrow();
        return new CertificateFacts("", "", "", BigInteger.ZERO, publicKeyInfo(), caSignature);
    }

    static byte[] longestSignature(BigInteger order) {
        BigInteger largest = order.subtract(BigInteger.ONE);
        return Secp256k1.derSignature(largest, largest);
    }

    private static byte[] publicKeyInfo() {
        try {
            return new SubjectPublicKeyInfo(
                            new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Secp256k1.CURVE),
                            Secp256k1.DOMAIN.getG().getEncoded(false))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of a public key cannot fail", e);
        }
    }
}
