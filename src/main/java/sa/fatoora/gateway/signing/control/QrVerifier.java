package sa.fatoora.gateway.signing.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.Finding;
import sa.fatoora.gateway.signing.entity.InvoiceFacts;
import sa.fatoora.gateway.signing.entity.QrPayload;
import sa.fatoora.gateway.signing.entity.QrTag;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * The QR checks of the local validator: the QR reference is there, decodes, and every tag repeats the document:
 * seller, VAT number, timestamp, totals, the stamp's hash and signature, the certificate's key and (on simplified
 * documents) its signature. Findings, never exceptions.
 */
@ApplicationScoped
public class QrVerifier {

    private final QrCodes qrCodes = new QrCodes();

    public List<Finding> verify(Document document) {
        List<Finding> findings = new ArrayList<>();
        InvoiceFacts invoice = InvoiceReader.read(document);
        String qrText = qrText(document.getDocumentElement());
        if (qrText == null) {
            // standard documents get their QR from ZATCA at clearance; simplified ones must carry it
            findings.add(
                    invoice.simplified()
                            ? Finding.error("qr-code-missing", "A simplified document must carry the QR code")
                            : Finding.warning(
                                    "qr-code-missing", "The document has no QR code (ZATCA adds it at clearance)"));
            return findings;
        }
        QrPayload qr;
        try {
            qr = qrCodes.decode(qrText);
        } catch (QrCodeException e) {
            findings.add(Finding.error("invalid-qr-code", e.getMessage()));
            return findings;
        }
        if (qrText.strip().length() > QrCodes.MAX_LENGTH) {
            findings.add(Finding.error("invalid-qr-code", "The QR code is longer than 700 characters"));
        }
        Stamp stamp = Stamp.read(document);
        expectText(qr, QrTag.SELLER_NAME, invoice.sellerName(), findings);
        expectText(qr, QrTag.VAT_NUMBER, invoice.vatNumber(), findings);
        expectText(qr, QrTag.TIMESTAMP, invoice.timestamp(), findings);
        checkTotal(qr, invoice, findings);
        expectText(qr, QrTag.VAT_TOTAL, invoice.vatTotal(), findings);
        expectText(qr, QrTag.INVOICE_HASH, stamp.invoiceDigest(), findings);
        expectText(qr, QrTag.SIGNATURE, stamp.signatureValue(), findings);
        CertificateFacts certificate = certificate(stamp);
        expectBytes(qr, QrTag.PUBLIC_KEY, certificate == null ? null : certificate.publicKeyDer(), findings);
        if (invoice.simplified()) {
            expectBytes(
                    qr,
                    QrTag.CERTIFICATE_SIGNATURE,
                    certificate == null ? null : certificate.signatureBytes(),
                    findings);
        }
        return findings;
    }

    /** The SDK writes PayableAmount; a QR with TaxInclusiveAmount (they differ after prepayments) is only warned. */
    private static void checkTotal(QrPayload qr, InvoiceFacts invoice, List<Finding> findings) {
        String total = qr.text(QrTag.TOTAL_WITH_VAT);
        if (total != null && !total.equals(invoice.payableAmount()) && total.equals(invoice.taxInclusiveAmount())) {
            findings.add(Finding.warning(
                    "invalid-qr-code",
                    "QR tag 4 is the TaxInclusiveAmount (" + total + "); ZATCA's SDK writes the PayableAmount ("
                            + invoice.payableAmount() + ")"));
            return;
        }
        expectText(qr, QrTag.TOTAL_WITH_VAT, invoice.payableAmount(), findings);
    }

    private static void expectText(QrPayload qr, QrTag tag, String expected, List<Finding> findings) {
        expectBytes(qr, tag, expected == null ? null : expected.getBytes(StandardCharsets.UTF_8), findings);
    }

    private static void expectBytes(QrPayload qr, QrTag tag, byte[] expected, List<Finding> findings) {
        byte[] actual = qr.bytes(tag);
        if (actual == null) {
            findings.add(Finding.error("invalid-qr-code", "QR tag " + tag.number() + " (" + tag + ") is missing"));
        } else if (!SignatureVerifier.same(expected, actual)) {
            String documentValue = expected == null ? "none" : show(tag, expected);
            findings.add(Finding.error(
                    "invalid-qr-code",
                    "QR tag " + tag.number() + " (" + tag + ") is " + show(tag, actual) + " but the document has "
                            + documentValue));
        }
    }

    private static String show(QrTag tag, byte[] value) {
        return tag.isText()
                ? "\"" + new String(value, StandardCharsets.UTF_8) + "\""
                : Base64.getEncoder().encodeToString(value);
    }

    private static String qrText(Element root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (Dom.isDocumentReference(n, XmlDsig.DOCUMENT_REFERENCE_QR)) {
                return Dom.text(Dom.child(
                        Dom.child((Element) n, XmlDsig.NS_CAC, "Attachment"),
                        XmlDsig.NS_CBC,
                        "EmbeddedDocumentBinaryObject"));
            }
        }
        return null;
    }

    private static CertificateFacts certificate(Stamp stamp) {
        byte[] der = SignatureVerifier.base64(stamp.certificate());
        if (der == null) {
            return null;
        }
        try {
            return Certificates.fromDer(der);
        } catch (GatewayException e) {
            return null;
        }
    }
}
