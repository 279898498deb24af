package sa.fatoora.gateway.certificate.control;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;

/** A private key reduced to what the match check needs. Never printed: no toString carries the numbers. */
sealed interface ParsedKey {

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
    static String curveName(ASN1ObjectIdentifier oid) {
        String name = org.bouncycastle.asn1.sec.SECNamedCurves.getName(oid);
        if (name == null) {
            name = ECNamedCurveTable.getName(oid);
        }
        return name == null ? oid.getId() : name;
    }

    static X9ECParameters curve(ASN1ObjectIdentifier oid) {
        X9ECParameters params = CustomNamedCurves.getByOID(oid);
        return params != null ? params : ECNamedCurveTable.getByOID(oid);
    }
}
