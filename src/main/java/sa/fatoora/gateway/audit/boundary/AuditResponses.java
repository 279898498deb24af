package sa.fatoora.gateway.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import sa.fatoora.gateway.audit.control.AuditExport;
import sa.fatoora.gateway.audit.control.AuditQueryException;
import sa.fatoora.gateway.audit.control.AuditTrail;
import sa.fatoora.gateway.audit.entity.AuditQuery;
import sa.fatoora.gateway.audit.entity.AuditView;

/** What the tenant's and the administrator's audit endpoints share: the streamed export. */
@ApplicationScoped
public class AuditResponses {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    static final int EXPORT_PAGE = 500;

    @Inject
    AuditTrail trail;

    /** {@code format} csv or jsonl wins; else the Accept header (text/csv or application/x-ndjson); else CSV. */
    Response export(AuditQuery query, String format, HttpHeaders headers) {
        boolean csv = csv(format, headers.getAcceptableMediaTypes());
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csv) {
                w.write(AuditExport.CSV_HEADER);
                w.write("\r\n");
            }
            Long after = null;
            List<AuditView> page;
            do {
                page = trail.after(query, after, EXPORT_PAGE);
                for (AuditView r : page) {
                    if (csv) {
                        AuditExport.csv(w, r);
                    } else {
                        AuditExport.jsonl(w, r);
                    }
                    after = r.id();
                }
                w.flush();
            } while (page.size() == EXPORT_PAGE);
            w.flush();
        };
        String name = "audit-" + query.chain().replace(':', '-') + (csv ? ".csv" : ".jsonl");
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : NDJSON)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    static boolean csv(String format, List<MediaType> accepted) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "jsonl", "ndjson" -> false;
                default -> throw new AuditQueryException("format: csv or jsonl");
            };
        }
        for (MediaType m : accepted) {
            if (m.isCompatible(MediaType.valueOf(NDJSON)) && !m.isWildcardType()) {
                return false;
            }
            if (m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType()) {
                return true;
            }
        }
        return true;
    }
}
