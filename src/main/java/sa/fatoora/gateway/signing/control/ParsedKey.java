package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

/** A private key reduced to what the match check needs. Never printed: no toString carries the numbers. */
public sealed interface ParsedKey {

    String describe();

    /**
     * @param curve the named curve, or null for a SEC1 key without embedded parameters (the certificate's curve is
     *     then assumed)
     * @param publicPoint the public point a SEC1 key may carry, or null
     */
    record Ec(ASN1ObjectIdentifier curve, BigInteger d, byte[] publicPoint) implements ParsedKey {
        @Override
        public String describe() {
            return curve == null ? "EC" : "EC (" + curveName(curve) + ")";
        }

        /**
         * The key as PKCS#8 DER on {@code namedCurve} (its own curve, or the one a certificate or CSR names for a key
         * without one), with the public point derived from it: what JCA's KeyFactory and the signer read.
         */
        public byte[] pkcs8(ASN1ObjectIdentifier namedCurve) {
            X9ECParameters parameters = ParsedKey.curve(namedCurve);
            if (parameters == null) {
                throw new IllegalArgumentException("unknown curve " + namedCurve.getId());
            }
            try {
                ECPoint point = parameters.getG().multiply(d).normalize();
                ECPrivateKey sec1 = new ECPrivateKey(
                        parameters.getN().bitLength(), d, new DERBitString(point.getEncoded(false)), null);
                return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, namedCurve), sec1)
                        .getEncoded(ASN1Encoding.DER);
            } catch (IOException e) {
                throw new IllegalStateException("DER encoding of a parsed key cannot fail", e);
            }
        }

        @Override
        public String toString() {
            return "Ec[" + describe() + "]";
        }
    }

    record Rsa(BigInteger modulus, BigInteger publicExponent) implements ParsedKey {
        @Override
        public String describe() {
            return "RSA (" + modulus.bitLength() + "-bit)";
        }

        @Override
        public String toString() {
            return "Rsa[" + describe() + "]";
        }
    }

    /** SEC names first ("secp256r1", not X9.62's "prime256v1"), then any other known name, else the OID. */
    public static String curveName(ASN1ObjectIdentifier oid) {
        String name = org.bouncycastle.asn1.sec.SECNamedCurves.getName(oid);
        if (name == null) {
            name = ECNamedCurveTable.getName(oid);
        }
        return name == null ? oid.getId() : name;
    }

    public static X9ECParameters curve(ASN1ObjectIdentifier oid) {
        X9ECParameters params = CustomNamedCurves.getByOID(oid);
        return params != null ? params : ECNamedCurveTable.getByOID(oid);
    }
}
