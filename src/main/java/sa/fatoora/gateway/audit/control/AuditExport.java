package sa.fatoora.gateway.audit.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Writer;
import sa.fatoora.gateway.audit.entity.AuditView;

/** Audit records as CSV (RFC 4180, formula-injection safe) or JSON Lines, one record a line. */
public final class AuditExport {

    public static final String CSV_HEADER =
            "id,occurredAt,actor,tenantId,egsUnitId,subject,type,outcome,detail,sealed,sequence,previousHash,hash";

    private AuditExport() {}

    public static void csv(Writer out, AuditView r) throws IOException {
        out.write(String.join(
                ",",
                cell(r.id()),
                cell(r.occurredAt()),
                cell(r.actor()),
                cell(r.tenantId()),
                cell(r.egsUnitId()),
                cell(r.subject()),
                cell(r.type()),
                cell(r.outcome()),
                cell(r.detail()),
                cell(r.sealed()),
                cell(r.sequence()),
                cell(r.previousHash()),
                cell(r.hash())));
        out.write("\r\n");
    }

    /**
     * One CSV cell: empty for null; a text starting with = + - @ (or tab, carriage return) gets a leading quote so a
     * spreadsheet does not run it as a formula; quoted (quotes doubled) when it holds a comma, quote or line break.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String v = value.toString();
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    public static void jsonl(Writer out, AuditView r) throws IOException {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        o.add("id", r.id());
        o.add("occurredAt", r.occurredAt().toString());
        text(o, "actor", r.actor());
        number(o, "tenantId", r.tenantId());
        number(o, "egsUnitId", r.egsUnitId());
        text(o, "subject", r.subject());
        text(o, "type", r.type());
        text(o, "outcome", r.outcome() == null ? null : r.outcome().name());
        text(o, "detail", r.detail());
        o.add("sealed", r.sealed());
        number(o, "sequence", r.sequence());
        text(o, "previousHash", r.previousHash());
        text(o, "hash", r.hash());
        out.write(o.build().toString());
        out.write("\n");
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder o, String name, Long value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
