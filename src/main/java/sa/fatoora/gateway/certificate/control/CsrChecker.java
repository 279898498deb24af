package sa.fatoora.gateway.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import sa.fatoora.gateway.certificate.entity.CheckedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.platform.entity.VatNumber;

/**
 * Checks a CSR against ZATCA's profile: PEM, valid self-signature, secp256k1 key, template name, subject C/OU/O/CN,
 * and a SAN directoryName with well-formed SN, UID (VAT), title, registeredAddress and businessCategory.
 */
@ApplicationScoped
public class CsrChecker {

    static final Pattern SERIAL = Pattern.compile("1-[^|]+\\|2-[^|]+\\|3-[^|]+");
    static final Pattern TITLE = Pattern.compile("1000|0100|1100");

    /**
     * @param pem              the CSR's PEM text
     * @param expectedTemplate the template name of the environment
     * @param lenientTemplate  accept any or no template name (the developer portal does)
     */
    public CheckedCsr check(String pem, String expectedTemplate, boolean lenientTemplate) {
        PKCS10CertificationRequest csr = parse(pem);
        requireSecp256k1(csr.getSubjectPublicKeyInfo());
        requireValidSignature(csr);
        Extensions extensions = extensionRequest(csr);
        String template = templateName(extensions);
        if (!lenientTemplate && !expectedTemplate.equals(template)) {
            throw new InvalidCsrException("The certificate template name must be " + expectedTemplate);
        }
        X500Name subject = csr.getSubject();
        X500Name san = directoryName(extensions);
        CsrProfile profile = new CsrProfile(
                required(subject, BCStyle.C, "country (C)"),
                required(subject, BCStyle.OU, "organization unit (OU)"),
                required(subject, BCStyle.O, "organization (O)"),
                required(subject, BCStyle.CN, "common name (CN)"),
                matching(required(san, ZatcaOids.SN, "SN"), SERIAL, "SN must be 1-<solution>|2-<model>|3-<serial>"),
                matching(
                        required(san, ZatcaOids.UID, "UID"),
                        VatNumber.PATTERN,
                        "UID must be a VAT number of " + VatNumber.RULE),
                matching(required(san, ZatcaOids.TITLE, "title"), TITLE, "title must be 1000, 0100 or 1100"),
                required(san, ZatcaOids.REGISTERED_ADDRESS, "registeredAddress"),
                required(san, ZatcaOids.BUSINESS_CATEGORY, "businessCategory"),
                template);
        try {
            PublicKey key = new JcaPKCS10CertificationRequest(csr)
                    .setProvider(ZatcaOids.PROVIDER)
                    .getPublicKey();
            return new CheckedCsr(profile, key, fingerprint(csr.getEncoded()), csr.getEncoded());
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidCsrException("The CSR's public key cannot be read");
        }
    }

    private static PKCS10CertificationRequest parse(String pem) {
        if (pem == null || !pem.contains("-----BEGIN CERTIFICATE REQUEST-----")) {
            throw new InvalidCsrException("The CSR is not a PEM certificate request");
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            if (parser.readObject() instanceof PKCS10CertificationRequest csr) {
                return csr;
            }
        } catch (IOException | RuntimeException e) {
            // falls through: unreadable content is the caller's error
        }
        throw new InvalidCsrException("The CSR cannot be parsed");
    }

    private static void requireSecp256k1(SubjectPublicKeyInfo key) {
        ASN1Encodable curve = key.getAlgorithm().getParameters();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(key.getAlgorithm().getAlgorithm())
                || !ZatcaOids.SECP256K1.equals(curve)) {
            throw new InvalidCsrException("The CSR's key must be an EC key on secp256k1");
        }
    }

    private static void requireValidSignature(PKCS10CertificationRequest csr) {
        try {
            boolean valid = csr.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(ZatcaOids.PROVIDER)
                    .build(csr.getSubjectPublicKeyInfo()));
            if (valid) {
                return;
            }
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            // an unverifiable signature is an invalid one
        }
        throw new InvalidCsrException("The CSR's signature is not valid");
    }

    private static Extensions extensionRequest(PKCS10CertificationRequest csr) {
        for (Attribute attribute : csr.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
            if (attribute.getAttrValues().size() > 0) {
                return Extensions.getInstance(attribute.getAttrValues().getObjectAt(0));
            }
        }
        throw new InvalidCsrException("The CSR has no extension request");
    }

    private static String templateName(Extensions extensions) {
        Extension template = extensions.getExtension(ZatcaOids.TEMPLATE_NAME);
        if (template == null) {
            return null;
        }
        return template.getParsedValue() instanceof ASN1String s ? s.getString() : null;
    }

    private static X500Name directoryName(Extensions extensions) {
        GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        if (names != null) {
            for (GeneralName name : names.getNames()) {
                if (name.getTagNo() == GeneralName.directoryName) {
                    return X500Name.getInstance(name.getName());
                }
            }
        }
        throw new InvalidCsrException("The CSR has no subject alternative name with a directoryName");
    }

    private static String required(X500Name name, ASN1ObjectIdentifier type, String label) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 1
                && rdns[0].getFirst().getValue() instanceof ASN1String s
                && !s.getString().isBlank()) {
            return s.getString();
        }
        throw new InvalidCsrException("The CSR lacks " + label);
    }

    private static String matching(String value, Pattern pattern, String rule) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidCsrException("The CSR's " + rule);
        }
        return value;
    }

    static String fingerprint(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
