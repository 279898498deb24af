package sa.fatoora.gateway.console.entity;

import java.util.List;

/**
 * A page of the invoice list, newest first, and the filters it was asked with (shown again in the form). Keyset
 * paging: {@code older} is the id to continue before (null on the last page), so a page costs the same at row 10
 * and at row 100,000, and no total is counted.
 */
public record InvoiceList(List<InvoiceRow> rows, Long older, Filters filters) {

    /** The filters as the form sent them (already checked); empty strings for "any". */
    public record Filters(String status, String unit, String type, String from, String to, String q) {

        /** The query string that repeats these filters (for the "older" link), URL-encoded. */
        public String query() {
            StringBuilder b = new StringBuilder();
            add(b, "status", status);
            add(b, "unit", unit);
            add(b, "type", type);
            add(b, "from", from);
            add(b, "to", to);
            add(b, "q", q);
            return b.toString();
        }

        private static void add(StringBuilder b, String name, String value) {
            if (value != null && !value.isEmpty()) {
                b.append('&')
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
