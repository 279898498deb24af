package sa.fatoora.gateway.signing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixed text with {@code {NAME}} slots, split once so that filling it is a few appends. The stamp is written from
 * templates rather than by a serializer because ZATCA hashes the SignedProperties text byte for byte.
 */
final class TextTemplate {

    private final List<String> literals = new ArrayList<>();
    private final List<String> slots = new ArrayList<>();
    private final int size;

    TextTemplate(String text) {
        int from = 0;
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open);
            literals.add(text.substring(from, open));
            slots.add(text.substring(open + 1, close));
            from = close + 1;
            open = text.indexOf('{', from);
        }
        literals.add(text.substring(from));
        size = text.length();
    }

    /** Every slot must have a value; values are inserted verbatim (escape them first where needed). */
    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(size + 2048);
        appendTo(out, values);
        return out.toString();
    }

    void appendTo(StringBuilder out, Map<String, String> values) {
        for (int i = 0; i < slots.size(); i++) {
            out.append(literals.get(i));
            String value = values.get(slots.get(i));
            if (value == null) {
                throw new IllegalArgumentException("No value for template slot " + slots.get(i));
            }
            out.append(value);
        }
        out.append(literals.get(slots.size()));
    }

    /** The text with the slots {@code values} knows filled in and the others left as slots. */
    String fillKnown(Map<String, String> values) {
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < slots.size(); i++) {
            String value = values.get(slots.get(i));
            out.append(literals.get(i)).append(value == null ? "{" + slots.get(i) + "}" : value);
        }
        return out.append(literals.get(slots.size())).toString();
    }

    /** Text content escaping as C14N writes it, so a template and a re-serialized DOM agree. */
    static String escapeText(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r", "&#xD;");
    }

    static String escapeAttribute(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace("\"", "&quot;")
                .replace("\t", "&#x9;")
                .replace("\n", "&#xA;")
                .replace("\r", "&#xD;");
    }
}
