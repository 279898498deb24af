package sa.fatoora.gateway.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;

/** Makes a secp256k1 key pair and a CSR exactly as ZATCA's SDK does (subject order, SAN, template name). */
@ApplicationScoped
public class CsrGenerator {

    public GeneratedCsr generate(CsrProfile profile) {
        KeyPair keyPair = newKeyPair();
        try {
            PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(
                            subject(profile), keyPair.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions(profile))
                    .build(new JcaContentSignerBuilder(ZatcaOids.SIGNATURE_ALGORITHM)
                            .setProvider(ZatcaOids.PROVIDER)
                            .build(keyPair.getPrivate()));
            return new GeneratedCsr(keyPair, pem(csr));
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot build the CSR", e);
        }
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", ZatcaOids.PROVIDER);
            generator.initialize(new ECGenParameterSpec(ZatcaOids.CURVE));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("secp256k1 is not available", e);
        }
    }

    static X500Name subject(CsrProfile p) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, p.country())
                .addRDN(BCStyle.OU, p.organizationUnit())
                .addRDN(BCStyle.O, p.organization())
                .addRDN(BCStyle.CN, p.commonName())
                .build();
    }

    static X500Name directoryName(CsrProfile p) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(ZatcaOids.SN, p.serialNumber())
                .addRDN(ZatcaOids.UID, p.vatNumber())
                .addRDN(ZatcaOids.TITLE, p.title())
                .addRDN(ZatcaOids.REGISTERED_ADDRESS, p.registeredAddress())
                .addRDN(ZatcaOids.BUSINESS_CATEGORY, p.businessCategory())
                .build();
    }

    private static org.bouncycastle.asn1.x509.Extensions extensions(CsrProfile p) throws IOException {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(ZatcaOids.TEMPLATE_NAME, false, new DERUTF8String(p.templateName()));
        extensions.addExtension(
                Extension.subjectAlternativeName,
                false,
                new GeneralNames(new GeneralName(GeneralName.directoryName, directoryName(p))));
        return extensions.generate();
    }

    static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
