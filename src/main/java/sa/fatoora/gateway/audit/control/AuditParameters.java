package sa.fatoora.gateway.audit.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import sa.fatoora.gateway.audit.entity.AuditEvent;
import sa.fatoora.gateway.audit.entity.AuditQuery;
import sa.fatoora.gateway.platform.control.Riyadh;

/**
 * The audit endpoints' query parameters, checked: {@code from}/{@code to} an ISO-8601 instant
 * ({@code 2026-12-06T09:00:00Z}) or a date ({@code 2026-12-06}, a whole day in Riyadh; {@code to} as a date includes
 * that day), {@code limit} 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}), {@code type} an upper-case name.
 */
public final class AuditParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    private AuditParameters() {}

    public static AuditQuery query(boolean system, Long tenantId, String subject, String type, String from, String to) {
        String s = blankToNull(subject);
        if (s != null && s.length() > AuditEvent.SUBJECT_LENGTH) {
            throw new AuditQueryException("subject: at most " + AuditEvent.SUBJECT_LENGTH + " characters");
        }
        String t = blankToNull(type);
        if (t != null && !TYPE.matcher(t).matches()) {
            throw new AuditQueryException("type: an upper-case event type such as INVOICE_SIGNED");
        }
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new AuditQueryException("from must be before to");
        }
        return new AuditQuery(system, tenantId, s, t, start, end);
    }

    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the answer below
        }
        throw new AuditQueryException("limit: a whole number from 1 to " + MAX_LIMIT);
    }

    static Instant instant(String name, String value, boolean end) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10
                    ? (end ? LocalDate.parse(v).plusDays(1) : LocalDate.parse(v))
                            .atStartOfDay(Riyadh.ZONE)
                            .toInstant()
                    : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new AuditQueryException(
                    name + ": an ISO-8601 instant (2026-12-06T09:00:00Z) or date (2026-12-06), not '" + clip(v) + "'");
        }
    }

    private static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
