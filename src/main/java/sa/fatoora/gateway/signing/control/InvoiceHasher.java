package sa.fatoora.gateway.signing.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.xml.security.c14n.CanonicalizationException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.c14n.InvalidCanonicalizerException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * The ZATCA invoice hash: the document without {@code /Invoice/ext:UBLExtensions}, {@code /Invoice/cac:Signature}
 * and {@code /Invoice/cac:AdditionalDocumentReference[cbc:ID='QR']} (the whitespace around them stays), in C14N 1.1,
 * SHA-256, base64. This is what the three XPath transforms of the {@code invoiceSignedData} reference describe,
 * computed by walking the root's children instead of evaluating XPath.
 * <p>
 * The three elements are detached while canonicalizing and put back in place before returning, so the caller's
 * document ends up unchanged; the same document must not be used by another thread meanwhile.
 */
@ApplicationScoped
public class InvoiceHasher {

    static {
        org.apache.xml.security.Init.init();
    }

    /** The 32 raw bytes of the hash. */
    public byte[] digest(Document document) {
        Element root = document.getDocumentElement();
        List<Node[]> detached = detachExcluded(root);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // Santuario writes the canonical form byte by byte: buffer it so the digest is fed in blocks
            try (OutputStream out = new java.io.BufferedOutputStream(
                    new DigestOutputStream(OutputStream.nullOutputStream(), sha256), 16 * 1024)) {
                Canonicalizer.getInstance(XmlDsig.C14N_11).canonicalizeSubtree(document, out);
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException | InvalidCanonicalizerException e) {
            throw new IllegalStateException("SHA-256 and C14N 1.1 are always available", e);
        } catch (CanonicalizationException | java.io.IOException e) {
            throw new InvoiceNotSignableException("The document cannot be canonicalized").causedBy(e);
        } finally {
            reattach(root, detached);
        }
    }

    /** The hash as ZATCA writes it: base64 of the raw bytes. */
    public String hash(Document document) {
        return Base64.getEncoder().encodeToString(digest(document));
    }

    public static boolean isExcluded(Node child) {
        return Dom.is(child, XmlDsig.NS_EXT, "UBLExtensions")
                || Dom.is(child, XmlDsig.NS_CAC, "Signature")
                || Dom.isDocumentReference(child, XmlDsig.DOCUMENT_REFERENCE_QR);
    }

    /** Pairs of (removed element, the sibling it stood before). */
    private static List<Node[]> detachExcluded(Element root) {
        List<Node[]> detached = new ArrayList<>(3);
        Node child = root.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (isExcluded(child)) {
                detached.add(new Node[] {child, next});
                root.removeChild(child);
            }
            child = next;
        }
        return detached;
    }

    private static void reattach(Element root, List<Node[]> detached) {
        // in reverse order: each element's recorded next sibling is then already back in the tree (or null)
        for (int i = detached.size() - 1; i >= 0; i--) {
            root.insertBefore(detached.get(i)[0], detached.get(i)[1]);
        }
    }
}
