package sa.fatoora.gateway.validation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * Reads a schematron's SVRL output. ZATCA's SchXslt-compiled stylesheets mark severity with {@code flag}
 * ("error" or "warning"); other compilers use {@code role}, so both are read. A finding whose severity is
 * missing or unknown counts as an error: an unrecognised finding must not let a document pass.
 */
final class SvrlReader {

    static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final QName TEXT = new QName(SVRL, "text");
    private static final QName MESSAGE_CODE = new QName(SVRL, "message-code");
    private static final QName ID = new QName("id");
    private static final QName FLAG = new QName("flag");
    private static final QName ROLE = new QName("role");

    private SvrlReader() {}

    static StageResult read(Stage stage, XdmNode svrl) {
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        for (XdmNode node : descendants(svrl)) {
            if (!isFinding(node)) {
                continue;
            }
            Message message = new Message(rule(node), text(node));
            if (isWarning(severity(node))) {
                warnings.add(message);
            } else {
                errors.add(message);
            }
        }
        return StageResult.of(stage, errors, warnings);
    }

    private static Iterable<XdmNode> descendants(XdmNode root) {
        List<XdmNode> all = new ArrayList<>();
        root.axisIterator(Axis.DESCENDANT).forEachRemaining(all::add);
        return all;
    }

    private static boolean isFinding(XdmNode node) {
        if (node.getNodeKind() != XdmNodeKind.ELEMENT
                || !SVRL.equals(node.getNodeName().getNamespace())) {
            return false;
        }
        String name = node.getNodeName().getLocalName();
        return name.equals("failed-assert") || name.equals("successful-report");
    }

    private static String severity(XdmNode finding) {
        String flag = finding.getAttributeValue(FLAG);
        if (flag == null || flag.isBlank()) {
            flag = finding.getAttributeValue(ROLE);
        }
        return flag == null ? "" : flag.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWarning(String severity) {
        return severity.equals("warning")
                || severity.equals("warn")
                || severity.equals("info")
                || severity.equals("information");
    }

    private static String rule(XdmNode finding) {
        String id = finding.getAttributeValue(ID);
        if (id == null || id.isBlank()) {
            id = firstChildText(finding, MESSAGE_CODE);
        }
        return id == null || id.isBlank() ? "unknown" : id.strip();
    }

    private static String text(XdmNode finding) {
        String text = firstChildText(finding, TEXT);
        return text == null ? "" : text.strip();
    }

    private static String firstChildText(XdmNode parent, QName name) {
        for (XdmNode child : parent.children(name.getNamespace(), name.getLocalName())) {
            return child.getStringValue();
        }
        return null;
    }
}
