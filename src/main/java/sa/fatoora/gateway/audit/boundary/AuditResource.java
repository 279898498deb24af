package sa.fatoora.gateway.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.audit.control.AuditParameters;
import sa.fatoora.gateway.audit.control.AuditTrail;
import sa.fatoora.gateway.audit.entity.AuditPage;
import sa.fatoora.gateway.audit.entity.AuditQuery;
import sa.fatoora.gateway.audit.entity.Verification;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** The tenant's audit trail (README "Audit trail"): only the records of the presented key's tenant. */
@Path("api/v1/audit")
@Tag(name = "Audit", description = "The tenant's append-only, hash-chained audit trail")
public class AuditResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    AuditTrail trail;

    @Inject
    AuditResponses responses;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Audit records, newest first",
            description = "Filters: subject (e.g. invoice:12), type, from/to (ISO-8601 instant or date). Pages of"
                    + " `limit` (1-500, default 50); `nextCursor` fetches the next, older page.")
    @APIResponse(responseCode = "200", description = "A page of records and the cursor of the next")
    @APIResponse(responseCode = "400", description = "A bad date, limit or cursor (problem+json)")
    public AuditPage list(
            @QueryParam("subject") String subject,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = AuditParameters.limit(limit);
        return trail.page(query(subject, type, from, to), size, cursor);
    }

    @GET
    @Path("export")
    @Produces({AuditResponses.CSV, AuditResponses.NDJSON, MediaType.WILDCARD})
    @Operation(
            summary = "Export audit records, oldest first",
            description = "format=csv or jsonl (or Accept: text/csv, application/x-ndjson); streamed.")
    public Response export(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        return responses.export(query(null, null, from, to), format, headers);
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Re-walk the tenant's chain",
            description = "Verified records, records not sealed yet (never counted as verified), and the first break.")
    public Verification verification() {
        return trail.verify(query(null, null, null, null));
    }

    private AuditQuery query(String subject, String type, String from, String to) {
        return AuditParameters.query(false, tenant.id(), subject, type, from, to);
    }
}
