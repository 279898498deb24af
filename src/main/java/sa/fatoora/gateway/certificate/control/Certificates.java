package sa.fatoora.gateway.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Reading and writing certificates and keys in the forms ZATCA uses (base64 DER text, PEM). */
public final class Certificates {

    private Certificates() {}

    /** From the base64 DER text of {@code ds:X509Certificate} (what a binarySecurityToken decodes to). */
    public static X509Certificate fromBase64Der(String base64Der) {
        try {
            return fromDer(Base64.getMimeDecoder().decode(base64Der.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 certificate");
        }
    }

    public static X509Certificate fromDer(byte[] der) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", ZatcaOids.PROVIDER);
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate");
        }
    }

    public static String base64Der(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toPem(Object certificateOrKey) {
        return CsrGenerator.pem(certificateOrKey);
    }

    public static PrivateKey privateKeyFromPem(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object read = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(ZatcaOids.PROVIDER);
            if (read instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (read instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IllegalArgumentException("not a private key");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a private key");
        }
    }

    /** The key pair of an {@code EC PRIVATE KEY} PEM (which carries the public key too). */
    public static java.security.KeyPair keyPairFromPem(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            if (parser.readObject() instanceof PEMKeyPair pair) {
                return new JcaPEMKeyConverter().setProvider(ZatcaOids.PROVIDER).getKeyPair(pair);
            }
            throw new IllegalArgumentException("not an EC key pair");
        } catch (IOException e) {
            throw new IllegalArgumentException("not an EC key pair");
        }
    }

    /** A value of the SAN directoryName, e.g. {@link ZatcaOids#UID} for the VAT number. */
    public static Optional<String> sanValue(
            X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        try {
            GeneralNames names = GeneralNames.fromExtensions(
                    new JcaX509CertificateHolder(certificate).getExtensions(), Extension.subjectAlternativeName);
            if (names == null) {
                return Optional.empty();
            }
            for (GeneralName name : names.getNames()) {
                if (name.getTagNo() == GeneralName.directoryName) {
                    RDN[] rdns = X500Name.getInstance(name.getName()).getRDNs(type);
                    if (rdns.length > 0 && rdns[0].getFirst().getValue() instanceof ASN1String s) {
                        return Optional.of(s.getString());
                    }
                }
            }
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> vatNumber(X509Certificate certificate) {
        return sanValue(certificate, ZatcaOids.UID);
    }

    public static Optional<String> title(X509Certificate certificate) {
        return sanValue(certificate, ZatcaOids.TITLE);
    }
}
