package sa.fatoora.gateway.certificate.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import sa.fatoora.gateway.certificate.entity.CheckedCsr;

/**
 * A secp256k1 CA that issues certificates shaped like ZATCA's CSIDs: the CSR's subject and SAN echoed, key usage
 * digitalSignature (critical), extended key usage code signing + client auth, key identifiers, template name.
 */
public class CertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Clock clock;

    /** {@code clock} dates the certificates it issues. */
    public CertificateAuthority(PrivateKey key, X509Certificate certificate, Clock clock) {
        this.key = key;
        this.certificate = certificate;
        this.clock = clock;
    }

    /** A self-signed root named like ZATCA's issuing CAs ({@code CN=<name>-CA, DC=...}), valid from a day before now. */
    public static X509Certificate selfSigned(
            KeyPair keyPair, String commonName, String[] domainComponents, Duration validity, Clock clock) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        for (int i = domainComponents.length - 1; i >= 0; i--) {
            name.addRDN(BCStyle.DC, domainComponents[i]);
        }
        X500Name subject = name.addRDN(BCStyle.CN, commonName).build();
        Instant now = clock.instant();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    serial(),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(validity)),
                    subject,
                    keyPair.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keyPair.getPublic()));
            return sign(builder, keyPair.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the CA certificate", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public X509Certificate issue(CheckedCsr csr, Duration validity) {
        PKCS10CertificationRequest request;
        try {
            request = new PKCS10CertificationRequest(csr.der());
        } catch (java.io.IOException e) {
            throw new InvalidCsrException("The CSR cannot be parsed");
        }
        return issue(
                request.getSubject(),
                csr.publicKey(),
                extensionRequest(request).getExtension(Extension.subjectAlternativeName),
                csr.profile().templateName(),
                validity);
    }

    /** Another certificate for the same unit (a production CSID after its compliance CSID): same subject and key. */
    public X509Certificate reissue(X509Certificate previous, Duration validity) {
        try {
            var holder = new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(previous);
            Extension template = holder.getExtension(ZatcaOids.TEMPLATE_NAME);
            return issue(
                    holder.getSubject(),
                    previous.getPublicKey(),
                    holder.getExtension(Extension.subjectAlternativeName),
                    template == null
                            ? null
                            : ((org.bouncycastle.asn1.ASN1String) template.getParsedValue()).getString(),
                    validity);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the previous certificate", e);
        }
    }

    private X509Certificate issue(
            X500Name subject,
            java.security.PublicKey publicKey,
            Extension san,
            String templateName,
            Duration validity) {
        Instant now = clock.instant();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(validity)),
                    subject,
                    publicKey);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(san);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificate));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                KeyPurposeId.id_kp_codeSigning, KeyPurposeId.id_kp_clientAuth
            }));
            if (templateName != null) {
                builder.addExtension(ZatcaOids.TEMPLATE_NAME, false, new DERUTF8String(templateName));
            }
            return sign(builder, key);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the certificate", e);
        }
    }

    private static Extensions extensionRequest(PKCS10CertificationRequest request) {
        var attributes =
                request.getAttributes(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.pkcs_9_at_extensionRequest);
        return Extensions.getInstance(attributes[0].getAttrValues().getObjectAt(0));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .setProvider(ZatcaOids.PROVIDER)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(ZatcaOids.SIGNATURE_ALGORITHM)
                            .setProvider(ZatcaOids.PROVIDER)
                            .build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign", e);
        }
    }

    /** Positive, 18 random bytes: large like ZATCA's, unique with overwhelming odds. */
    private static BigInteger serial() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return new BigInteger(1, bytes);
    }
}
