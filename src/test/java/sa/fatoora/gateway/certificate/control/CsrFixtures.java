package sa.fatoora.gateway.certificate.control;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;

/** CSRs for tests, good and deliberately broken ones; shared by unit and integration tests. */
public final class CsrFixtures {

    public static final String SDK_VAT = "399999999900003";

    private CsrFixtures() {}

    public static CsrProfile profile(String vat, String title, String template) {
        String unit = UUID.randomUUID().toString();
        return new CsrProfile(
                "SA",
                "Riyadh Branch",
                "Maximum Speed Tech Supply LTD",
                "TST-886431145-" + vat + "-" + unit.substring(0, 8),
                "1-TST|2-TST|3-" + unit,
                vat,
                title,
                "RRRD2929",
                "Supply activities",
                template);
    }

    public static CsrProfile sandboxProfile(String title) {
        return profile(SDK_VAT, title, "TSTZATCA-Code-Signing");
    }

    public static GeneratedCsr generate(CsrProfile profile) {
        return new CsrGenerator().generate(profile);
    }

    /** The same CSR with one bit of its signature flipped. */
    public static String withBrokenSignature(String pem) throws Exception {
        byte[] der = new PKCS10CertificationRequest(pemBody(pem)).getEncoded();
        der[der.length - 3] ^= 0x01;
        return CsrGenerator.pem(new PemObject("CERTIFICATE REQUEST", der));
    }

    /** A CSR like ZATCA's in every respect but the curve. */
    public static String onCurve(String curve, CsrProfile profile) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", ZatcaOids.PROVIDER);
        generator.initialize(new ECGenParameterSpec(curve));
        KeyPair pair = generator.generateKeyPair();
        var csr = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                        CsrGenerator.subject(profile), pair.getPublic())
                .addAttribute(
                        org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.pkcs_9_at_extensionRequest,
                        extensions(profile))
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(ZatcaOids.PROVIDER)
                        .build(pair.getPrivate()));
        return CsrGenerator.pem(csr);
    }

    private static org.bouncycastle.asn1.x509.Extensions extensions(CsrProfile p) throws Exception {
        var g = new org.bouncycastle.asn1.x509.ExtensionsGenerator();
        g.addExtension(ZatcaOids.TEMPLATE_NAME, false, new org.bouncycastle.asn1.DERUTF8String(p.templateName()));
        g.addExtension(
                org.bouncycastle.asn1.x509.Extension.subjectAlternativeName,
                false,
                new org.bouncycastle.asn1.x509.GeneralNames(new org.bouncycastle.asn1.x509.GeneralName(
                        org.bouncycastle.asn1.x509.GeneralName.directoryName, CsrGenerator.directoryName(p))));
        return g.generate();
    }

    public static String base64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static byte[] pemBody(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
