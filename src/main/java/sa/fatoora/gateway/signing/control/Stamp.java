package sa.fatoora.gateway.signing.control;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * The parts of a document's XAdES stamp the checks read, found by walking the fixed ZATCA layout. Any part may be
 * null when the document lacks it.
 */
record Stamp(
        Element signature,
        String invoiceDigest,
        String propertiesDigest,
        String signatureValue,
        String certificate,
        Element signedProperties,
        String certDigest,
        String issuerName,
        String serialNumber,
        String signatureMethod) {

    static Stamp read(Document document) {
        Element root = document.getDocumentElement();
        Element signatures = Dom.path(
                Dom.path(root, XmlDsig.NS_EXT, "UBLExtensions", "UBLExtension", "ExtensionContent"),
                XmlDsig.NS_SIG,
                "UBLDocumentSignatures");
        Element signature =
                Dom.child(Dom.child(signatures, XmlDsig.NS_SAC, "SignatureInformation"), XmlDsig.NS_DS, "Signature");
        if (signature == null) {
            return new Stamp(null, null, null, null, null, null, null, null, null, null);
        }
        Element signedInfo = Dom.child(signature, XmlDsig.NS_DS, "SignedInfo");
        String invoiceDigest = null;
        String propertiesDigest = null;
        if (signedInfo != null) {
            for (Element reference : Dom.children(signedInfo, XmlDsig.NS_DS, "Reference")) {
                String digest = Dom.text(Dom.child(reference, XmlDsig.NS_DS, "DigestValue"));
                if (XmlDsig.INVOICE_REFERENCE_ID.equals(reference.getAttribute("Id"))) {
                    invoiceDigest = digest;
                } else if (XmlDsig.SIGNED_PROPERTIES_URI.equals(reference.getAttribute("URI"))) {
                    propertiesDigest = digest;
                }
            }
        }
        Element method = Dom.child(signedInfo, XmlDsig.NS_DS, "SignatureMethod");
        Element signedProperties = Dom.child(
                Dom.child(Dom.child(signature, XmlDsig.NS_DS, "Object"), XmlDsig.NS_XADES, "QualifyingProperties"),
                XmlDsig.NS_XADES,
                "SignedProperties");
        Element cert =
                Dom.path(signedProperties, XmlDsig.NS_XADES, "SignedSignatureProperties", "SigningCertificate", "Cert");
        Element issuerSerial = Dom.child(cert, XmlDsig.NS_XADES, "IssuerSerial");
        return new Stamp(
                signature,
                invoiceDigest,
                propertiesDigest,
                Dom.text(Dom.child(signature, XmlDsig.NS_DS, "SignatureValue")),
                Dom.text(Dom.path(signature, XmlDsig.NS_DS, "KeyInfo", "X509Data", "X509Certificate")),
                signedProperties,
                Dom.text(Dom.child(Dom.child(cert, XmlDsig.NS_XADES, "CertDigest"), XmlDsig.NS_DS, "DigestValue")),
                Dom.text(Dom.child(issuerSerial, XmlDsig.NS_DS, "X509IssuerName")),
                Dom.text(Dom.child(issuerSerial, XmlDsig.NS_DS, "X509SerialNumber")),
                method == null ? null : method.getAttribute("Algorithm"));
    }
}
