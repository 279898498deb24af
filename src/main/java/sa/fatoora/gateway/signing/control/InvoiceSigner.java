package sa.fatoora.gateway.signing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.signing.entity.CertificateFacts;
import sa.fatoora.gateway.signing.entity.SignedInvoice;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * Stamps an unsigned UBL Invoice: the XAdES block right after the root start tag, the QR reference right before
 * the element that follows the PIH reference, {@code cac:Signature} right before {@code cac:AccountingSupplierParty},
 * each glued to its neighbours as the SDK does. No text is added outside the three removed-for-hashing elements, so
 * the hash of the unsigned document is the hash of the signed one: it is computed once, on the input, and the output
 * is the caller's bytes with the blocks spliced in, never re-serialized or re-encoded. The input is read by
 * {@link PlainXmlScanner} in one pass when it keeps to the plain subset the gateway writes, and parsed and
 * canonicalized by Santuario otherwise; both give the same bytes (PlainXmlScannerTest).
 */
@ApplicationScoped
public class InvoiceSigner {

    private static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final InvoiceHasher hasher = new InvoiceHasher();
    private final QrCodes qrCodes = new QrCodes();

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Off only in tests, which compare the two ways: the plain scan and the parser with Santuario. */
    private final boolean plainScan;

    public InvoiceSigner() {
        this(true);
    }

    InvoiceSigner(boolean plainScan) {
        this.plainScan = plainScan;
    }

    /** Signed now: the signing time is written as local time without zone, as in the samples; Riyadh like IssueTime. */
    public SignedInvoice sign(byte[] unsignedXml, SigningIdentity identity) {
        return sign(unsignedXml, identity, Riyadh.now(clock));
    }

    /** @throws InvoiceAlreadySignedException if the document has a stamp, QR reference or cac:Signature already */
    public SignedInvoice sign(byte[] unsignedXml, SigningIdentity identity, LocalDateTime signingTime) {
        PlainXmlScanner.Scan scan = plainScan ? PlainXmlScanner.scan(unsignedXml, InvoiceReader.READS) : null;
        Document document = scan == null ? SecureXml.parse(unsignedXml) : scan.skeleton();
        Element root = document.getDocumentElement();
        List<Element> children = checkSignable(document, root);
        int pih = indexOf(children, XmlDsig.DOCUMENT_REFERENCE_PIH);
        int supplier = indexOfSupplier(children);
        if (supplier <= pih) {
            throw new InvoiceNotSignableException("The PIH reference must come before AccountingSupplierParty");
        }

        byte[] digest = scan == null ? hasher.digest(document) : scan.digest();
        String invoiceHash = Base64.getEncoder().encodeToString(digest);
        String signatureValue = Base64.getEncoder().encodeToString(identity.sign(digest));
        CertificateFacts certificate = identity.certificate();
        LocalDateTime time = signingTime.truncatedTo(ChronoUnit.SECONDS);
        String signedPropertiesDigest = signedPropertiesDigest(SIGNING_TIME.format(time), certificate);
        String qr =
                qrCodes.encode(qrCodes.payload(InvoiceReader.read(document), invoiceHash, signatureValue, certificate));

        TopLevelLayout layout = scan == null ? TopLevelLayout.scan(unsignedXml) : scan.layout();
        if (layout.childStarts().size() != children.size()) {
            throw new IllegalStateException("Byte scan and DOM disagree on the root's children");
        }
        String ublExtensions = XadesTemplates.UBL_EXTENSIONS.render(Map.of(
                "NAMESPACES",
                missingDeclarations(root, "ext", XmlDsig.NS_EXT, "cbc", XmlDsig.NS_CBC),
                "INVOICE_HASH",
                invoiceHash,
                "SIGNED_PROPERTIES_DIGEST",
                signedPropertiesDigest,
                "SIGNATURE_VALUE",
                signatureValue,
                "CERTIFICATE",
                certificate.base64Der(),
                "SIGNED_PROPERTIES",
                XadesTemplates.signedProperties(SIGNING_TIME.format(time), certificate, false)));
        String ublNamespaces = missingDeclarations(root, "cac", XmlDsig.NS_CAC, "cbc", XmlDsig.NS_CBC);
        String qrReference = XadesTemplates.QR_REFERENCE.render(Map.of("NAMESPACES", ublNamespaces, "QR", qr));
        String signature = XadesTemplates.SIGNATURE.render(Map.of("NAMESPACES", ublNamespaces));
        int qrAt = layout.childStarts().get(pih + 1);
        int signatureAt = layout.childStarts().get(supplier);

        byte[] extensionsBytes = ublExtensions.getBytes(StandardCharsets.UTF_8);
        byte[] qrBytes = qrReference.getBytes(StandardCharsets.UTF_8);
        byte[] signatureBytes = signature.getBytes(StandardCharsets.UTF_8);
        // one array of the final size: a ByteArrayOutputStream grew and copied twice per document
        byte[] out = new byte[unsignedXml.length + extensionsBytes.length + qrBytes.length + signatureBytes.length];
        int at = copy(unsignedXml, 0, layout.rootStartTagEnd(), out, 0);
        at = copy(extensionsBytes, 0, extensionsBytes.length, out, at);
        at = copy(unsignedXml, layout.rootStartTagEnd(), qrAt, out, at);
        at = copy(qrBytes, 0, qrBytes.length, out, at);
        at = copy(unsignedXml, qrAt, signatureAt, out, at);
        at = copy(signatureBytes, 0, signatureBytes.length, out, at);
        copy(unsignedXml, signatureAt, unsignedXml.length, out, at);
        return new SignedInvoice(out, invoiceHash, signatureValue, qr, signedPropertiesDigest, time);
    }

    /** Copies {@code from[start, end)} to {@code to} at {@code at}; returns where the next copy goes. */
    private static int copy(byte[] from, int start, int end, byte[] to, int at) {
        System.arraycopy(from, start, to, at, end - start);
        return at + end - start;
    }

    /** base64(hex(SHA-256)) of the SignedProperties text with the declarations ZATCA adds (facts section 9). */
    static String signedPropertiesDigest(String signingTime, CertificateFacts certificate) {
        String text = XadesTemplates.signedProperties(signingTime, certificate, true);
        return Base64.getEncoder().encodeToString(Certificates.hexSha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> checkSignable(Document document, Element root) {
        String encoding = document.getXmlEncoding();
        if (encoding != null && !"UTF-8".equalsIgnoreCase(encoding)) {
            throw new InvoiceNotSignableException("The document must be UTF-8, not " + encoding);
        }
        if (!Dom.is(root, XmlDsig.NS_INVOICE, "Invoice")) {
            throw new InvoiceNotSignableException("The document is not a UBL 2.1 Invoice");
        }
        List<Element> children = new ArrayList<>(64);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (InvoiceHasher.isExcluded(e)) {
                    throw new InvoiceAlreadySignedException("The document already has a " + e.getLocalName()
                            + (Dom.is(e, XmlDsig.NS_CAC, "AdditionalDocumentReference") ? " for the QR code" : "")
                            + "; send a signed document as it is, or sign the unsigned original");
                }
                children.add(e);
            }
        }
        return children;
    }

    private static int indexOf(List<Element> children, String referenceId) {
        for (int i = 0; i < children.size(); i++) {
            if (Dom.isDocumentReference(children.get(i), referenceId)) {
                return i;
            }
        }
        throw new InvoiceNotSignableException("The document has no " + referenceId + " AdditionalDocumentReference");
    }

    private static int indexOfSupplier(List<Element> children) {
        for (int i = 0; i < children.size(); i++) {
            if (Dom.is(children.get(i), XmlDsig.NS_CAC, "AccountingSupplierParty")) {
                return i;
            }
        }
        throw new InvoiceNotSignableException("The document has no AccountingSupplierParty");
    }

    /** Declarations for prefixes the root does not bind as the stamp needs; local ones keep the hash unchanged. */
    static String missingDeclarations(Element root, String... prefixAndNamespace) {
        StringBuilder declarations = new StringBuilder();
        for (int i = 0; i < prefixAndNamespace.length; i += 2) {
            if (!prefixAndNamespace[i + 1].equals(root.lookupNamespaceURI(prefixAndNamespace[i]))) {
                declarations
                        .append(" xmlns:")
                        .append(prefixAndNamespace[i])
                        .append("=\"")
                        .append(prefixAndNamespace[i + 1])
                        .append('"');
            }
        }
        return declarations.toString();
    }
}
