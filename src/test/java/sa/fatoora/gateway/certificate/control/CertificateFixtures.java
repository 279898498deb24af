package sa.fatoora.gateway.certificate.control;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Key pairs and certificates made in the test (BouncyCastle and the JDK), for the key verification unit tests and
 * the certificate upload ITs: a secp256k1 test CA issues certificates for any public key with any validity.
 */
public final class CertificateFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final KeyPair CA = ec("secp256k1");
    private static final X500Name CA_NAME = new X500Name("CN=FATOORA-TEST-CA, DC=test, DC=local");

    private CertificateFixtures() {}

    public static KeyPair ec(String curve) {
        return generate("EC", new ECGenParameterSpec(curve));
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ed25519, DSA, ...: JDK algorithms without parameters. */
    public static KeyPair jdk(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec spec) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm, ZatcaOids.PROVIDER);
            g.initialize(spec);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Valid from a day ago for {@code validity}. */
    public static X509Certificate certificate(PublicKey key, Duration validity) {
        Instant now = Instant.now();
        return certificate(key, now.minus(Duration.ofDays(1)), now.plus(validity));
    }

    public static X509Certificate certificate(PublicKey key, Instant notBefore, Instant notAfter) {
        try {
            var builder = new JcaX509v3CertificateBuilder(
                    CA_NAME,
                    new BigInteger(1, bytes(16)),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    new X500Name("C=SA, OU=Riyadh Branch, O=Test Taxpayer, CN=EGS-TEST-" + RANDOM.nextInt(1_000_000)),
                    key);
            var signer = new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(ZatcaOids.PROVIDER)
                    .build(CA.getPrivate());
            return new JcaX509CertificateConverter()
                    .setProvider(ZatcaOids.PROVIDER)
                    .getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(X509Certificate certificate) {
        return write(certificate);
    }

    /** PKCS#8: {@code -----BEGIN PRIVATE KEY-----}. */
    public static String pkcs8(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** Traditional SEC1 {@code EC PRIVATE KEY}, with the curve OID embedded or not (both occur in the wild). */
    public static String sec1(KeyPair pair, boolean withParameters) {
        try {
            SubjectPublicKeyInfo spki =
                    SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
            ASN1ObjectIdentifier curve =
                    (ASN1ObjectIdentifier) spki.getAlgorithm().getParameters();
            BigInteger d = ((ECPrivateKey) pair.getPrivate()).getS();
            var key = new org.bouncycastle.asn1.sec.ECPrivateKey(
                    256, d, new DERBitString(spki.getPublicKeyData().getOctets()), withParameters ? curve : null);
            return pem("EC PRIVATE KEY", key.getEncoded(ASN1Encoding.DER));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Traditional PKCS#1 {@code RSA PRIVATE KEY}. */
    public static String pkcs1(KeyPair rsa) {
        try {
            byte[] inner = PrivateKeyInfo.getInstance(rsa.getPrivate().getEncoded())
                    .parsePrivateKey()
                    .toASN1Primitive()
                    .getEncoded(ASN1Encoding.DER);
            return pem("RSA PRIVATE KEY", inner);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A traditional OpenSSL {@code DSA PRIVATE KEY} shape: six integers (values irrelevant to the reader). */
    public static String traditionalDsa() {
        try {
            var seq = new DERSequence(new ASN1Integer[] {
                new ASN1Integer(0),
                new ASN1Integer(new BigInteger(1, bytes(128))),
                new ASN1Integer(new BigInteger(1, bytes(20))),
                new ASN1Integer(new BigInteger(1, bytes(128))),
                new ASN1Integer(new BigInteger(1, bytes(128))),
                new ASN1Integer(new BigInteger(1, bytes(20)))
            });
            return pem("DSA PRIVATE KEY", seq.getEncoded(ASN1Encoding.DER));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return write(new PemObject(type, der));
    }

    private static String write(Object o) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
