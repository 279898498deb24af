package sa.fatoora.gateway.signing.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * The stamp's text blocks, laid out exactly as the SDK writes them (the .template resources next to this class),
 * including the SDK's one quirk, a trailing space after {@code <sac:SignatureInformation>}, so signed documents diff
 * cleanly against the samples. The fixed URIs and ids are filled in from {@link XmlDsig} once, at class load.
 */
final class XadesTemplates {

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("NS_SIG", XmlDsig.NS_SIG),
            Map.entry("NS_SAC", XmlDsig.NS_SAC),
            Map.entry("NS_SBC", XmlDsig.NS_SBC),
            Map.entry("NS_DS", XmlDsig.NS_DS),
            Map.entry("NS_XADES", XmlDsig.NS_XADES),
            Map.entry("C14N_11", XmlDsig.C14N_11),
            Map.entry("ECDSA_SHA256", XmlDsig.ECDSA_SHA256),
            Map.entry("SHA256", XmlDsig.SHA256),
            Map.entry("XPATH_TRANSFORM", XmlDsig.XPATH_TRANSFORM),
            Map.entry("XPATH_NOT_EXTENSIONS", XmlDsig.XPATH_NOT_EXTENSIONS),
            Map.entry("XPATH_NOT_SIGNATURE", XmlDsig.XPATH_NOT_SIGNATURE),
            Map.entry("XPATH_NOT_QR", TextTemplate.escapeText(XmlDsig.XPATH_NOT_QR)),
            Map.entry("SIGNATURE_PROPERTIES_TYPE", XmlDsig.SIGNATURE_PROPERTIES_TYPE),
            Map.entry("EXTENSION_URI", XmlDsig.EXTENSION_URI),
            Map.entry("SIGNATURE_INFORMATION_ID", XmlDsig.SIGNATURE_INFORMATION_ID),
            Map.entry("SIGNATURE_ID", XmlDsig.SIGNATURE_ID),
            Map.entry("SIGNATURE_METHOD", XmlDsig.SIGNATURE_METHOD),
            Map.entry("SIGNATURE_ELEMENT_ID", XmlDsig.SIGNATURE_ELEMENT_ID),
            Map.entry("INVOICE_REFERENCE_ID", XmlDsig.INVOICE_REFERENCE_ID),
            Map.entry("SIGNED_PROPERTIES_ID", XmlDsig.SIGNED_PROPERTIES_ID),
            Map.entry("SIGNED_PROPERTIES_URI", XmlDsig.SIGNED_PROPERTIES_URI));

    static final TextTemplate UBL_EXTENSIONS = load("ubl-extensions.template");
    static final TextTemplate SIGNED_PROPERTIES = load("signed-properties.template");
    static final TextTemplate QR_REFERENCE = load("qr-reference.template");
    static final TextTemplate SIGNATURE = load("signature.template");

    static final String XADES_DECLARATION = " xmlns:xades=\"" + XmlDsig.NS_XADES + "\"";
    static final String DS_DECLARATION = " xmlns:ds=\"" + XmlDsig.NS_DS + "\"";

    private XadesTemplates() {}

    /**
     * The SignedProperties element. With {@code forDigest} it carries the namespace declarations ZATCA adds before
     * hashing (xades on the element, ds on every ds: element); without, it is the text written in the document.
     */
    static String signedProperties(String signingTime, CertificateFacts certificate, boolean forDigest) {
        return SIGNED_PROPERTIES.render(Map.of(
                "XADES_NAMESPACE", forDigest ? XADES_DECLARATION : "",
                "DS_NAMESPACE", forDigest ? DS_DECLARATION : "",
                "SIGNING_TIME", TextTemplate.escapeText(signingTime),
                "CERT_DIGEST", certificate.certDigest(),
                "ISSUER_NAME", TextTemplate.escapeText(certificate.issuerName()),
                "SERIAL_NUMBER", certificate.serialNumber().toString()));
    }

    private static TextTemplate load(String name) {
        try (InputStream in = XadesTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing stamp template " + name);
            }
            TextTemplate raw = new TextTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new TextTemplate(raw.fillKnown(FIXED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
