package sa.fatoora.gateway.validation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import sa.fatoora.gateway.validation.entity.Message;

/**
 * Collects every schema finding instead of stopping at the first, turning the validator's
 * "cvc-key: text" messages into a rule and a located message. Capped so that a huge broken document can't
 * produce a huge report.
 */
final class SchemaFindings implements ErrorHandler {

    static final String RULE = "XSD";

    // Xerces prefixes its messages with the constraint's key, e.g. "cvc-complex-type.2.4.a: Invalid content..."
    private static final Pattern KEYED = Pattern.compile("^([a-z][A-Za-z0-9.-]*[A-Za-z0-9]):\\s*(.*)$", Pattern.DOTALL);

    private final int max;
    private final List<Message> errors = new ArrayList<>();
    private final List<Message> warnings = new ArrayList<>();
    private int omitted;

    SchemaFindings(int max) {
        this.max = max;
    }

    @Override
    public void warning(SAXParseException e) {
        add(warnings, e);
    }

    @Override
    public void error(SAXParseException e) {
        add(errors, e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }

    /** A fatal error ends validation: record it as an error, whatever its kind. */
    void stopped(SAXException e) {
        if (e instanceof SAXParseException parse) {
            add(errors, parse);
        } else {
            errors.add(new Message(RULE, "schema validation stopped: " + e.getMessage()));
        }
    }

    List<Message> errors() {
        List<Message> all = new ArrayList<>(errors);
        if (omitted > 0) {
            all.add(new Message(RULE, omitted + " more findings omitted"));
        }
        return all;
    }

    List<Message> warnings() {
        return warnings;
    }

    static Message toMessage(SAXParseException e) {
        String text = e.getMessage() == null ? "" : e.getMessage().strip();
        String rule = RULE;
        Matcher keyed = KEYED.matcher(text);
        if (keyed.matches()) {
            rule = keyed.group(1);
            text = keyed.group(2);
        }
        return new Message(rule, "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + text);
    }

    private void add(List<Message> list, SAXParseException e) {
        if (errors.size() + warnings.size() >= max) {
            omitted++;
            return;
        }
        list.add(toMessage(e));
    }
}
