package sa.fatoora.gateway.console.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The audit page's filters as the form sent them ("" for any), shown again and repeated in its links. */
public record AuditFilters(String subject, String type, String from, String to) {

    public AuditFilters {
        subject = subject == null ? "" : subject.strip();
        type = type == null ? "" : type.strip();
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
    }

    /** The filters as a query string (URL-encoded, each starting with '&'). */
    public String query() {
        return part("subject", subject) + part("type", type) + part("from", from) + part("to", to);
    }

    private static String part(String name, String value) {
        return value.isEmpty() ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
