package sa.fatoora.gateway.signing.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.entity.XmlDsig;

/**
 * Writes the gateway's chain position (ICV and PIH AdditionalDocumentReferences, zatca-facts sections 6 and 7) into
 * an ERP's unsigned document before it is signed. The gateway owns the chain of the unit, so values the ERP wrote
 * are replaced in place (they can't be right when several senders share a unit); missing references are added
 * before {@code cac:ProjectReference} or {@code cac:AccountingSupplierParty}, where UBL puts them. Byte splices like
 * the signer's: everything else stays as the ERP wrote it.
 */
public final class ChainReferences {

    private ChainReferences() {}

    public static byte[] write(byte[] unsignedXml, long icv, String pih) {
        Document document = SecureXml.parse(unsignedXml);
        Element root = document.getDocumentElement();
        List<Element> children = new ArrayList<>(64);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        TopLevelLayout layout = TopLevelLayout.scan(unsignedXml);
        if (layout.childStarts().size() != children.size() || layout.childEnds().size() != children.size()) {
            throw new IllegalStateException("Byte scan and DOM disagree on the root's children");
        }
        String ns = InvoiceSigner.missingDeclarations(root, "cac", XmlDsig.NS_CAC, "cbc", XmlDsig.NS_CBC);
        int icvAt = indexOf(children, XmlDsig.DOCUMENT_REFERENCE_ICV);
        int pihAt = indexOf(children, XmlDsig.DOCUMENT_REFERENCE_PIH);
        String indent = indentBefore(unsignedXml, layout, Math.max(0, Math.max(icvAt, pihAt)));
        String icvText = icvReference(ns, indent, icv);
        String pihText = pihReference(ns, indent, pih);
        List<Splice> splices = new ArrayList<>(3);
        if (icvAt >= 0 && pihAt >= 0) {
            splices.add(replace(layout, icvAt, icvText));
            splices.add(replace(layout, pihAt, pihText));
        } else {
            if (icvAt >= 0) {
                splices.add(replace(layout, icvAt, ""));
            }
            if (pihAt >= 0) {
                splices.add(replace(layout, pihAt, ""));
            }
            int anchor = anchor(children);
            String anchorIndent = indentBefore(unsignedXml, layout, anchor);
            int at = layout.childStarts().get(anchor);
            splices.add(new Splice(at, at, icvText + anchorIndent + pihText + anchorIndent));
        }
        splices.sort((a, b) -> Integer.compare(a.from, b.from));
        ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedXml.length + 400);
        int position = 0;
        for (Splice s : splices) {
            out.write(unsignedXml, position, s.from - position);
            out.writeBytes(s.text.getBytes(StandardCharsets.UTF_8));
            position = s.to;
        }
        out.write(unsignedXml, position, unsignedXml.length - position);
        return out.toByteArray();
    }

    private record Splice(int from, int to, String text) {}

    private static Splice replace(TopLevelLayout layout, int child, String text) {
        return new Splice(layout.childStarts().get(child), layout.childEnds().get(child), text);
    }

    private static int indexOf(List<Element> children, String id) {
        for (int i = 0; i < children.size(); i++) {
            if (Dom.isDocumentReference(children.get(i), id)) {
                return i;
            }
        }
        return -1;
    }

    private static int anchor(List<Element> children) {
        for (int i = 0; i < children.size(); i++) {
            Element e = children.get(i);
            if (Dom.is(e, XmlDsig.NS_CAC, "ProjectReference") || Dom.is(e, XmlDsig.NS_CAC, "AccountingSupplierParty")) {
                return i;
            }
        }
        throw new InvoiceNotSignableException("The document has no AccountingSupplierParty");
    }

    /** The line break and spaces in front of a child, so that added elements line up with it. */
    private static String indentBefore(byte[] xml, TopLevelLayout layout, int child) {
        int start = layout.childStarts().get(child);
        int i = start;
        while (i > 0 && (xml[i - 1] == ' ' || xml[i - 1] == '\t')) {
            i--;
        }
        String spaces = new String(xml, i, start - i, StandardCharsets.US_ASCII);
        return i > 0 && xml[i - 1] == '\n' ? "\n" + spaces : "\n    ";
    }

    private static String icvReference(String ns, String indent, long icv) {
        String inner = indent + "    ";
        return "<cac:AdditionalDocumentReference" + ns + ">" + inner + "<cbc:ID>" + XmlDsig.DOCUMENT_REFERENCE_ICV
                + "</cbc:ID>" + inner + "<cbc:UUID>" + icv + "</cbc:UUID>" + indent
                + "</cac:AdditionalDocumentReference>";
    }

    private static String pihReference(String ns, String indent, String pih) {
        String inner = indent + "    ";
        return "<cac:AdditionalDocumentReference" + ns + ">" + inner + "<cbc:ID>" + XmlDsig.DOCUMENT_REFERENCE_PIH
                + "</cbc:ID>" + inner + "<cac:Attachment>" + inner + "    "
                + "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"text/plain\">" + pih
                + "</cbc:EmbeddedDocumentBinaryObject>" + inner + "</cac:Attachment>" + indent
                + "</cac:AdditionalDocumentReference>";
    }
}
