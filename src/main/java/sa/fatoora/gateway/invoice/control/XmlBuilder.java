package sa.fatoora.gateway.invoice.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Appends indented XML, four spaces per level like the SDK's samples. Much faster than DOM plus a Transformer, and the
 * layout stays exactly what we write, which matters because the invoice hash covers it. It writes UTF-8 bytes
 * directly: a StringBuilder turned UTF-16 at the first Arabic letter, and encoding it afterwards cost as much as
 * writing it. The bytes are those {@code String.getBytes(UTF_8)} gives for the same text (an unpaired surrogate
 * becomes '?').
 */
final class XmlBuilder {

    static final String INDENT = "    ";
    private static final char REPLACEMENT = '\uFFFD';

    private final Utf8Output out;
    private int depth;

    XmlBuilder(int capacity) {
        out = new Utf8Output(capacity);
    }

    XmlBuilder raw(String text) {
        out.append(text);
        return this;
    }

    XmlBuilder depth(int level) {
        depth = level;
        return this;
    }

    /** The byte offset where the next text goes. */
    int position() {
        return out.length();
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    XmlBuilder open(String tag) {
        indent();
        out.append('<').append(tag).append(">\n");
        depth++;
        return this;
    }

    XmlBuilder close(String tag) {
        depth--;
        indent();
        out.append("</").append(tag).append(">\n");
        return this;
    }

    XmlBuilder element(String tag, String text) {
        indent();
        out.append('<').append(tag).append('>');
        escape(text, false);
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** Skips the element when the value is null or blank: empty optional elements break ZATCA's rules. */
    XmlBuilder optional(String tag, String text) {
        return text == null || text.isBlank() ? this : element(tag, text);
    }

    XmlBuilder element(String tag, String attribute, String attributeValue, String text) {
        indent();
        out.append('<').append(tag);
        if (attributeValue != null) {
            out.append(' ').append(attribute).append("=\"");
            escape(attributeValue, true);
            out.append('"');
        }
        out.append('>');
        escape(text, false);
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** A monetary amount with two decimals (BR-DEC-*). */
    XmlBuilder amount(String tag, String currency, BigDecimal amount) {
        return amountText(tag, currency, money(amount));
    }

    /** An amount's text as {@link #amount} writes it (and the QR repeats it). */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    XmlBuilder amountText(String tag, String currency, String amount) {
        indent();
        out.append('<')
                .append(tag)
                .append(" currencyID=\"")
                .append(currency)
                .append("\">")
                .append(amount)
                .append("</")
                .append(tag)
                .append(">\n");
        return this;
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    /** hh:mm:ss always (BR-KSA-70): LocalTime.toString() drops zero seconds. */
    static String time(LocalTime time) {
        char[] c = {
            digit(time.getHour() / 10),
            digit(time.getHour() % 10),
            ':',
            digit(time.getMinute() / 10),
            digit(time.getMinute() % 10),
            ':',
            digit(time.getSecond() / 10),
            digit(time.getSecond() % 10)
        };
        return new String(c);
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    /** Escapes markup characters; characters XML 1.0 cannot carry become U+FFFD instead of breaking the document. */
    private void escape(String text, boolean attribute) {
        int runStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"' && attribute) {
                replacement = "&quot;";
            } else if (c == '\r') {
                replacement = "&#13;";
            } else if (attribute && (c == '\n' || c == '\t')) {
                replacement = c == '\n' ? "&#10;" : "&#9;";
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == '\uFFFE' || c == '\uFFFF') {
                replacement = String.valueOf(REPLACEMENT);
            } else {
                continue;
            }
            out.append(text, runStart, i).append(replacement, 0, replacement.length());
            runStart = i + 1;
        }
        out.append(text, runStart, n);
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
