package sa.fatoora.gateway.signing.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.Finding;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * The SIGNATURE checks of the local validator: the invoice hash, the SignedProperties digest, the certificate
 * digest and issuer/serial, and the ECDSA signature, as ZATCA checks them. A bad document gives findings, never an
 * exception; the QR checks are in {@link QrVerifier}. Reads the document, never changes it (the hash detaches and
 * restores elements, so one document must not be checked by two threads at once).
 */
@ApplicationScoped
public class SignatureVerifier {

    private final InvoiceHasher hasher = new InvoiceHasher();
    private final QrVerifier qrVerifier = new QrVerifier();

    /** Parses with {@link SecureXml} (unparseable XML is an XmlRejectedException) and runs every check. */
    public List<Finding> verify(byte[] signedXml) {
        return verify(SecureXml.parse(signedXml));
    }

    /** Signature and QR findings together. */
    public List<Finding> verify(Document document) {
        List<Finding> findings = new ArrayList<>(verifySignature(document));
        findings.addAll(qrVerifier.verify(document));
        return findings;
    }

    public List<Finding> verifyQr(Document document) {
        return qrVerifier.verify(document);
    }

    public List<Finding> verifySignature(Document document) {
        List<Finding> findings = new ArrayList<>();
        Stamp stamp = Stamp.read(document);
        if (stamp.signature() == null) {
            findings.add(Finding.error(
                    "signature-missing", "The document has no ds:Signature in ext:UBLExtensions (XAdES stamp)"));
            return findings;
        }
        checkUblSignature(document, findings);
        checkInvoiceHash(document, stamp, findings);
        checkSignedProperties(stamp, findings);
        CertificateFacts certificate = certificate(stamp, findings);
        if (certificate != null) {
            checkCertificateReferences(stamp, certificate, findings);
            checkSignatureValue(stamp, certificate, findings);
        }
        return findings;
    }

    private static void checkUblSignature(Document document, List<Finding> findings) {
        Element signature = Dom.child(document.getDocumentElement(), XmlDsig.NS_CAC, "Signature");
        if (signature == null
                || !XmlDsig.SIGNATURE_ID.equals(Dom.text(Dom.child(signature, XmlDsig.NS_CBC, "ID")))
                || !XmlDsig.SIGNATURE_METHOD.equals(
                        Dom.text(Dom.child(signature, XmlDsig.NS_CBC, "SignatureMethod")))) {
            findings.add(Finding.error(
                    "invalid-signature-information",
                    "cac:Signature must have ID " + XmlDsig.SIGNATURE_ID + " and SignatureMethod "
                            + XmlDsig.SIGNATURE_METHOD));
        }
    }

    private void checkInvoiceHash(Document document, Stamp stamp, List<Finding> findings) {
        String computed = hasher.hash(document);
        if (!computed.equals(stamp.invoiceDigest())) {
            findings.add(Finding.error(
                    "invalid-invoice-hash",
                    "The invoice hash in the invoiceSignedData reference (" + stamp.invoiceDigest()
                            + ") differs from the hash of the document (" + computed + ")"));
        }
    }

    private static void checkSignedProperties(Stamp stamp, List<Finding> findings) {
        if (stamp.signedProperties() == null) {
            findings.add(Finding.error("signed-properties-hashing", "The stamp has no xades:SignedProperties"));
            return;
        }
        String computed = SignedPropertiesText.digest(stamp.signedProperties());
        if (!computed.equals(stamp.propertiesDigest())) {
            findings.add(Finding.error(
                    "signed-properties-hashing",
                    "The #xadesSignedProperties digest ("
                            + stamp.propertiesDigest() + ") differs from the digest of the SignedProperties ("
                            + computed
                            + ")"));
        }
    }

    private static CertificateFacts certificate(Stamp stamp, List<Finding> findings) {
        if (stamp.certificate() == null || stamp.certificate().isBlank()) {
            findings.add(Finding.error("invalid-certificate", "The stamp has no ds:X509Certificate"));
            return null;
        }
        try {
            return Certificates.fromDer(
                    Base64.getMimeDecoder().decode(stamp.certificate().strip()));
        } catch (IllegalArgumentException | GatewayException e) {
            findings.add(Finding.error("invalid-certificate", "ds:X509Certificate is not a readable certificate"));
            return null;
        }
    }

    private static void checkCertificateReferences(Stamp stamp, CertificateFacts certificate, List<Finding> findings) {
        if (!certificate.certDigest().equals(stamp.certDigest())) {
            findings.add(Finding.error(
                    "signing-certificate-digest",
                    "xades:CertDigest (" + stamp.certDigest() + ") is not the digest of ds:X509Certificate ("
                            + certificate.certDigest() + ")"));
        }
        if (!certificate.issuerName().equals(stamp.issuerName())) {
            findings.add(Finding.error(
                    "signing-certificate-issuer",
                    "ds:X509IssuerName (" + stamp.issuerName() + ") is not the certificate's issuer ("
                            + certificate.issuerName() + ")"));
        }
        if (!certificate.serialNumber().equals(decimal(stamp.serialNumber()))) {
            findings.add(Finding.error(
                    "signing-certificate-serial",
                    "ds:X509SerialNumber (" + stamp.serialNumber() + ") is not the certificate's serial number ("
                            + certificate.serialNumber() + ")"));
        }
    }

    /** The signature covers the hash recorded in the stamp; whether that hash fits the document is checked apart. */
    private static void checkSignatureValue(Stamp stamp, CertificateFacts certificate, List<Finding> findings) {
        if (!XmlDsig.ECDSA_SHA256.equals(stamp.signatureMethod())) {
            findings.add(Finding.error("invalid-signature", "ds:SignatureMethod must be " + XmlDsig.ECDSA_SHA256));
        }
        byte[] hash = base64(stamp.invoiceDigest());
        byte[] signature = base64(stamp.signatureValue());
        ECPublicKeyParameters key;
        try {
            key = Secp256k1.publicKey(certificate.publicKeyDer());
        } catch (GatewayException e) {
            findings.add(Finding.error("invalid-signature", "The certificate's key is not a secp256k1 key"));
            return;
        }
        if (hash == null || signature == null || hash.length != 32 || !Secp256k1.verify(key, hash, signature)) {
            findings.add(Finding.error(
                    "invalid-signature",
                    "ds:SignatureValue is not a valid ECDSA signature of the invoice hash by the certificate's key"));
        }
    }

    private static BigInteger decimal(String text) {
        try {
            return text == null ? null : new BigInteger(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static byte[] base64(String text) {
        try {
            return text == null ? null : Base64.getMimeDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && Arrays.equals(a, b);
    }
}
