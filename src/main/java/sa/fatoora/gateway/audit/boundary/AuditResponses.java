package sa.fatoora.gateway.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import sa.fatoora.gateway.audit.control.AuditQueryException;
import sa.fatoora.gateway.audit.control.AuditTrail;
import sa.fatoora.gateway.audit.entity.AuditQuery;

/** What the tenant's and the administrator's audit endpoints share: the streamed export. */
@ApplicationScoped
public class AuditResponses {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    AuditTrail trail;

    /** {@code format} csv or jsonl wins; else the Accept header (text/csv or application/x-ndjson); else CSV. */
    Response export(AuditQuery query, String format, HttpHeaders headers) {
        boolean csv = csv(format, headers.getAcceptableMediaTypes());
        StreamingOutput body = out -> trail.export(query, csv, out);
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
