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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.audit.control.AuditParameters;
import sa.fatoora.gateway.audit.control.AuditQueryException;
import sa.fatoora.gateway.audit.control.AuditTrail;
import sa.fatoora.gateway.audit.entity.AuditPage;
import sa.fatoora.gateway.audit.entity.AuditQuery;
import sa.fatoora.gateway.audit.entity.Verification;

/**
 * The administrator's view (administrator key): the system chain (rule packs and other system-wide events), or with
 * {@code tenantId} any tenant's chain.
 */
@Path("api/v1/admin/audit")
@Tag(name = "Administration")
public class AdminAuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AuditResponses responses;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "System (or one tenant's) audit records, newest first")
    public AuditPage list(
            @QueryParam("tenantId") String tenantId,
            @QueryParam("subject") String subject,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = AuditParameters.limit(limit);
        return trail.page(query(tenantId, subject, type, from, to), size, cursor);
    }

    @GET
    @Path("export")
    @Produces({AuditResponses.CSV, AuditResponses.NDJSON, MediaType.WILDCARD})
    @Operation(summary = "Export system (or one tenant's) audit records, oldest first")
    public Response export(
            @QueryParam("tenantId") String tenantId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        return responses.export(query(tenantId, null, null, from, to), format, headers);
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-walk the system (or one tenant's) chain")
    public Verification verification(@QueryParam("tenantId") String tenantId) {
        return trail.verify(query(tenantId, null, null, null, null));
    }

    private static AuditQuery query(String tenantId, String subject, String type, String from, String to) {
        Long tenant = null;
        if (tenantId != null && !tenantId.isBlank()) {
            try {
                tenant = Long.valueOf(tenantId.strip());
            } catch (NumberFormatException e) {
                throw new AuditQueryException("tenantId: a tenant id");
            }
        }
        return AuditParameters.query(tenant == null, tenant, subject, type, from, to);
    }
}
