package sa.fatoora.gateway.pdf.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.pdf.control.Brandings;
import sa.fatoora.gateway.pdf.entity.BrandingRequest;
import sa.fatoora.gateway.pdf.entity.BrandingView;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** The look of one unit's PDFs, which wins over the tenant's. DELETE makes the unit use the tenant's again. */
@Path("api/v1/egs-units/{id}/branding")
@Tag(name = "PDF")
@Produces(MediaType.APPLICATION_JSON)
public class UnitBrandingResource {

    @Inject
    Brandings brandings;

    @Inject
    EgsUnitService units;

    @Inject
    CurrentTenant tenant;

    @GET
    @Operation(summary = "The unit's own PDF branding (defaults: true when it has none and uses the tenant's)")
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    public BrandingView get(@PathParam("id") Long id) {
        units.find(tenant.id(), id);
        return brandings.view(tenant.id(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the unit's PDF branding (wins over the tenant's)")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "BRANDING_REJECTED: nothing stored")
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    public BrandingView put(@PathParam("id") Long id, BrandingRequest request) {
        units.find(tenant.id(), id);
        return brandings.put(tenant.id(), id, request);
    }

    @DELETE
    @Operation(summary = "The unit uses the tenant's branding again")
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    public Response delete(@PathParam("id") Long id) {
        units.find(tenant.id(), id);
        brandings.delete(tenant.id(), id);
        return Response.noContent().build();
    }
}
