package sa.fatoora.gateway.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import sa.fatoora.gateway.certificate.entity.ParsedCertificate;
import sa.fatoora.gateway.signing.control.ParsedKey;
import sa.fatoora.gateway.signing.control.Pem;
import sa.fatoora.gateway.signing.control.PrivateKeyReader;
import sa.fatoora.gateway.signing.control.SigningCredentialException;

/**
 * X.509 certificates as the certificate store keeps them (JCA and BouncyCastle views, the stored facts, SAN values,
 * PEM output) and the JCA key pair of a stored key, in the forms ZATCA uses (base64 DER text, PEM). Decoding goes
 * through signing's {@code Pem} and {@code PrivateKeyReader}; signing's {@code Certificates} reads what the stamp
 * writes.
 */
public final class X509Certificates {

    private X509Certificates() {}

    /** From the base64 DER text of {@code ds:X509Certificate} (what a binarySecurityToken decodes to), or PEM. */
    public static X509Certificate fromBase64Der(String base64Der) {
        try {
            return fromDer(Pem.decode(base64Der, "certificate"));
        } catch (SigningCredentialException e) {
            throw new IllegalArgumentException("not a base64 certificate");
        }
    }

    /**
     * A certificate from PEM or ZATCA's base64-DER text (a binarySecurityToken, base64 once more, is accepted too),
     * parsed by BouncyCastle so that secp256k1 keys need no JCA provider.
     *
     * @throws CertificateRejectedException INVALID_CERTIFICATE
     */
    public static X509CertificateHolder holder(String text) {
        byte[] der;
        try {
            der = Pem.decode(text, "certificate");
        } catch (SigningCredentialException e) {
            throw CertificateRejectedException.invalidCertificate(e.getMessage());
        }
        if (der.length > 3 && der[0] == 'M' && der[1] == 'I' && der[2] == 'I') {
            // the text was a binarySecurityToken: base64 of the base64-DER text
            try {
                der = Base64.getMimeDecoder().decode(der);
            } catch (IllegalArgumentException e) {
                throw CertificateRejectedException.invalidCertificate("The certificate is not PEM or base64 DER");
            }
        }
        try {
            return new X509CertificateHolder(der);
        } catch (IOException | RuntimeException e) {
            throw CertificateRejectedException.invalidCertificate("The certificate is not an X.509 certificate");
        }
    }

    /** The facts we store about a certificate: decimal serial (as ds:X509SerialNumber), X500Principal names. */
    public static ParsedCertificate parsed(X509CertificateHolder holder) {
        try {
            return new ParsedCertificate(
                    Base64.getEncoder().encodeToString(holder.getEncoded()),
                    holder.getSerialNumber().toString(),
                    new X500Principal(holder.getSubject().getEncoded()).toString(),
                    new X500Principal(holder.getIssuer().getEncoded()).toString(),
                    holder.getNotBefore().toInstant(),
                    holder.getNotAfter().toInstant());
        } catch (IOException | IllegalArgumentException e) {
            throw CertificateRejectedException.invalidCertificate("The certificate's names cannot be read");
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

    /**
     * The JCA key pair of an EC private key with a named curve (the simulator's CA key), read by the one key codec;
     * the public key is derived from the private one.
     */
    public static KeyPair keyPairFromPem(String pem) {
        if (!(PrivateKeyReader.read(pem) instanceof ParsedKey.Ec ec) || ec.curve() == null) {
            throw new IllegalArgumentException("not an EC private key with a named curve");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("EC", ZatcaOids.PROVIDER);
            ECPrivateKey privateKey =
                    (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(ec.pkcs8(ec.curve())));
            ECParameterSpec curve = privateKey.getParameters();
            PublicKey publicKey = factory.generatePublic(
                    new ECPublicKeySpec(curve.getG().multiply(privateKey.getD()).normalize(), curve));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC keys on named curves are always supported", e);
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
