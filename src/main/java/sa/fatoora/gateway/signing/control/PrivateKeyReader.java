package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Reads a private key in the forms people paste: PKCS#8 ({@code PRIVATE KEY}), traditional SEC1
 * ({@code EC PRIVATE KEY}, with or without embedded curve parameters) and PKCS#1 ({@code RSA PRIVATE KEY}), with or
 * without PEM armour. The structure decides, not the armour label, so bare base64 works too. The one reader of private
 * keys: the signer, certificate uploads, the two-step onboarding endpoint and the simulator's CA all read keys here.
 */
public final class PrivateKeyReader {

    /** Key types people do try to upload, named so the answer can say what was sent. */
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "1.3.101.112", "Ed25519",
            "1.3.101.113", "Ed448",
            "1.3.101.110", "X25519",
            "1.3.101.111", "X448",
            "1.2.840.10040.4.1", "DSA",
            "1.2.840.113549.1.1.10", "RSASSA-PSS",
            "1.2.840.10046.2.1", "Diffie-Hellman");

    private PrivateKeyReader() {}

    public static ParsedKey read(String text) {
        byte[] der;
        try {
            der = Pem.decode(text, "private key");
        } catch (SigningCredentialException e) {
            throw PrivateKeyRejectedException.unreadable(e.getMessage()).causedBy(e);
        }
        ASN1Sequence seq;
        try {
            seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw PrivateKeyRejectedException.unreadable("The private key is not DER: expected PKCS#8 or a"
                            + " traditional EC or RSA private key in PEM")
                    .causedBy(e);
        }
        try {
            return read(seq);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw PrivateKeyRejectedException.unreadable("The private key's structure cannot be read: expected"
                            + " PKCS#8 (PRIVATE KEY), EC PRIVATE KEY or RSA PRIVATE KEY")
                    .causedBy(e);
        }
    }

    private static ParsedKey read(ASN1Sequence seq) throws IllegalArgumentException {
        ASN1Encodable second = seq.size() > 1 ? seq.getObjectAt(1) : null;
        if (seq.size() == 2 && seq.getObjectAt(0) instanceof ASN1Sequence && second instanceof ASN1OctetString) {
            throw PrivateKeyRejectedException.unreadable("The private key is encrypted (ENCRYPTED PRIVATE KEY);"
                    + " upload it unencrypted, e.g. `openssl pkcs8 -topk8 -nocrypt`");
        }
        if (seq.size() >= 3 && second instanceof ASN1Sequence) {
            return pkcs8(PrivateKeyInfo.getInstance(seq));
        }
        if (second instanceof ASN1OctetString) {
            return sec1(ECPrivateKey.getInstance(seq));
        }
        if (allIntegers(seq) && seq.size() == 9) {
            RSAPrivateKey rsa = RSAPrivateKey.getInstance(seq);
            return new ParsedKey.Rsa(rsa.getModulus(), rsa.getPublicExponent());
        }
        if (allIntegers(seq) && seq.size() == 6) {
            throw PrivateKeyRejectedException.unsupported(
                    "The private key's type is DSA; ZATCA certificates use EC secp256k1 keys");
        }
        throw new IllegalArgumentException("unknown key structure");
    }

    private static ParsedKey pkcs8(PrivateKeyInfo info) {
        ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
        try {
            if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
                ASN1Encodable parameters = info.getPrivateKeyAlgorithm().getParameters();
                if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
                    throw PrivateKeyRejectedException.unsupported(
                            "The EC private key has explicit curve parameters; only named curves are supported");
                }
                ParsedKey.Ec inner = sec1(ECPrivateKey.getInstance(info.parsePrivateKey()));
                return new ParsedKey.Ec(curve, inner.d(), inner.publicPoint());
            }
            if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
                RSAPrivateKey rsa = RSAPrivateKey.getInstance(info.parsePrivateKey());
                return new ParsedKey.Rsa(rsa.getModulus(), rsa.getPublicExponent());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("inner key unreadable");
        }
        String name = UNSUPPORTED.getOrDefault(algorithm.getId(), "algorithm " + algorithm.getId());
        throw PrivateKeyRejectedException.unsupported(
                "The private key's type is " + name + "; ZATCA certificates use EC secp256k1 keys");
    }

    private static ParsedKey.Ec sec1(ECPrivateKey key) {
        ASN1Encodable parameters = key.getParametersObject();
        ASN1ObjectIdentifier curve = null;
        if (parameters instanceof ASN1ObjectIdentifier named) {
            curve = named;
        } else if (parameters != null) {
            throw PrivateKeyRejectedException.unsupported(
                    "The EC private key has explicit curve parameters; only named curves are supported");
        }
        DERBitString publicKey = key.getPublicKey() == null ? null : DERBitString.convert(key.getPublicKey());
        BigInteger d = key.getKey();
        return new ParsedKey.Ec(curve, d, publicKey == null ? null : publicKey.getOctets());
    }

    private static boolean allIntegers(ASN1Sequence seq) {
        for (ASN1Encodable e : seq) {
            if (!(e instanceof ASN1Integer)) {
                return false;
            }
        }
        return true;
    }
}
