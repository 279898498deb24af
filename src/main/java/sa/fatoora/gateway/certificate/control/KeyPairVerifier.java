package sa.fatoora.gateway.certificate.control;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.math.ec.ECPoint;
import sa.fatoora.gateway.certificate.entity.ParsedCertificate;
import sa.fatoora.gateway.signing.control.ParsedKey;
import sa.fatoora.gateway.signing.control.PrivateKeyReader;
import sa.fatoora.gateway.signing.control.PrivateKeyRejectedException;

/**
 * Proves that a private key belongs to a certificate: derives the public key from the private one and compares it
 * with the certificate's (EC: curve and point; RSA: modulus and exponent), then checks the validity period. Runs
 * for uploads and for every certificate ZATCA issues before it is stored. Answers say what differs, never values.
 */
public final class KeyPairVerifier {

    private KeyPairVerifier() {}

    public static VerifiedPair verify(String certificateText, String privateKeyText, Instant now) {
        X509CertificateHolder holder = X509Certificates.holder(certificateText);
        ParsedKey key;
        try {
            key = PrivateKeyReader.read(privateKeyText);
        } catch (PrivateKeyRejectedException e) {
            throw (e.unsupported()
                            ? CertificateRejectedException.unsupportedKey(e.getMessage())
                            : CertificateRejectedException.invalidKey(e.getMessage()))
                    .causedBy(e);
        }
        byte[] pkcs8 = match(key, holder.getSubjectPublicKeyInfo());
        Instant notBefore = holder.getNotBefore().toInstant();
        Instant notAfter = holder.getNotAfter().toInstant();
        if (now.isBefore(notBefore)) {
            throw CertificateRejectedException.notValid("The certificate is not valid before " + notBefore);
        }
        if (now.isAfter(notAfter)) {
            throw CertificateRejectedException.notValid("The certificate expired at " + notAfter);
        }
        return new VerifiedPair(X509Certificates.parsed(holder), pkcs8, describe(holder.getSubjectPublicKeyInfo()));
    }

    /**
     * Whether a key is the certificate's: the comparison {@link #verify} makes, without the validity period (an
     * expired certificate still has its key).
     */
    public static boolean belongTogether(String certificateText, String privateKeyText) {
        try {
            match(
                    PrivateKeyReader.read(privateKeyText),
                    X509Certificates.holder(certificateText).getSubjectPublicKeyInfo());
            return true;
        } catch (CertificateRejectedException | PrivateKeyRejectedException e) {
            return false;
        }
    }

    /** The certificate's key as the answers name it: "EC (secp256k1)", "RSA (2048-bit)". */
    private static String describe(SubjectPublicKeyInfo info) {
        ASN1Encodable parameters = info.getAlgorithm().getParameters();
        if (parameters instanceof ASN1ObjectIdentifier curve) {
            return "EC (" + ParsedKey.curveName(curve) + ")";
        }
        return "RSA (" + rsaPublicKey(info).getModulus().bitLength() + "-bit)";
    }

    /** @return the EC key as PKCS#8 DER with its named curve (what SigningIdentity reads), null for RSA */
    private static byte[] match(ParsedKey key, SubjectPublicKeyInfo certificateKey) {
        ASN1ObjectIdentifier algorithm = certificateKey.getAlgorithm().getAlgorithm();
        ASN1Encodable parameters = certificateKey.getAlgorithm().getParameters();
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm) && parameters instanceof ASN1ObjectIdentifier curve) {
            if (key instanceof ParsedKey.Ec ec) {
                return matchEc(ec, curve, certificateKey.getPublicKeyData().getOctets());
            }
            throw CertificateRejectedException.keyMismatch("the private key is " + key.describe()
                    + " but the certificate's key is EC (" + ParsedKey.curveName(curve) + ")");
        }
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            RSAPublicKey rsa = rsaPublicKey(certificateKey);
            if (!(key instanceof ParsedKey.Rsa mine)) {
                throw CertificateRejectedException.keyMismatch(
                        "the private key is " + key.describe() + " but the certificate's key is RSA ("
                                + rsa.getModulus().bitLength() + "-bit)");
            }
            if (!mine.modulus().equals(rsa.getModulus())) {
                throw CertificateRejectedException.keyMismatch("RSA modulus differs");
            }
            if (!mine.publicExponent().equals(rsa.getPublicExponent())) {
                throw CertificateRejectedException.keyMismatch("RSA public exponent differs");
            }
            return null;
        }
        throw CertificateRejectedException.unsupportedKey("The certificate's key type (" + algorithm.getId()
                + ") is not supported; ZATCA certificates use EC secp256k1 keys");
    }

    private static byte[] matchEc(ParsedKey.Ec key, ASN1ObjectIdentifier certificateCurve, byte[] certificatePoint) {
        if (key.curve() != null && !key.curve().equals(certificateCurve)) {
            throw CertificateRejectedException.keyMismatch("the private key is on curve "
                    + ParsedKey.curveName(key.curve()) + " but the certificate's key is on "
                    + ParsedKey.curveName(certificateCurve));
        }
        String name = ParsedKey.curveName(certificateCurve);
        X9ECParameters curve = ParsedKey.curve(certificateCurve);
        if (curve == null) {
            throw CertificateRejectedException.unsupportedKey("The EC curve " + name + " is not supported");
        }
        BigInteger d = key.d();
        if (d.signum() <= 0 || d.compareTo(curve.getN()) >= 0) {
            throw CertificateRejectedException.invalidKey("The private key is out of range for curve " + name);
        }
        ECPoint derived = curve.getG().multiply(d).normalize();
        if (key.publicPoint() != null && !derived.equals(decode(curve, key.publicPoint(), true))) {
            throw CertificateRejectedException.invalidKey(
                    "The private key file is inconsistent: its embedded public key does not match its private part");
        }
        if (!derived.equals(decode(curve, certificatePoint, false))) {
            throw CertificateRejectedException.keyMismatch("same curve (" + name + "), different public point");
        }
        return key.pkcs8(certificateCurve);
    }

    private static ECPoint decode(X9ECParameters curve, byte[] encoded, boolean ofKey) {
        try {
            return curve.getCurve().decodePoint(encoded).normalize();
        } catch (IllegalArgumentException e) {
            throw ofKey
                    ? CertificateRejectedException.invalidKey("The private key's embedded public key cannot be read")
                    : CertificateRejectedException.invalidCertificate("The certificate's public key cannot be read");
        }
    }

    private static RSAPublicKey rsaPublicKey(SubjectPublicKeyInfo info) {
        try {
            return RSAPublicKey.getInstance(info.parsePublicKey());
        } catch (IOException | IllegalArgumentException e) {
            throw CertificateRejectedException.invalidCertificate("The certificate's RSA public key cannot be read");
        }
    }

    /**
     * A certificate and its private key that belong together and are valid now.
     *
     * @param pkcs8 the EC private key as PKCS#8 DER with its named curve; null for RSA (which cannot sign for ZATCA)
     * @param keyType e.g. "EC (secp256k1)", "RSA (2048-bit)"
     */
    public record VerifiedPair(ParsedCertificate certificate, byte[] pkcs8, String keyType) {

        public boolean isSecp256k1() {
            return pkcs8 != null && keyType.equals("EC (secp256k1)");
        }

        @Override
        public String toString() {
            return "VerifiedPair[" + certificate.serial() + ", " + keyType + "]";
        }
    }
}
