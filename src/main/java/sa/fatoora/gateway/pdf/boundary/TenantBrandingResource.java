package sa.fatoora.gateway.pdf.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.pdf.control.Brandings;
import sa.fatoora.gateway.pdf.entity.BrandingRequest;
import sa.fatoora.gateway.pdf.entity.BrandingView;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** The look of all the tenant's PDFs, unless a unit has its own. DELETE goes back to the defaults. */
@Path("api/v1/branding")
@Tag(name = "PDF")
@Produces(MediaType.APPLICATION_JSON)
public class TenantBrandingResource {

    @Inject
    Brandings brandings;

    @Inject
    CurrentTenant tenant;

    @GET
    @Operation(summary = "The tenant's PDF branding (defaults: true when none is stored)")
    public BrandingView get() {
        return brandings.view(tenant.id(), null);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the tenant's PDF branding: logo (base64 PNG/JPEG), accentColour, footer, languageOrder")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "BRANDING_REJECTED: nothing stored")
    public BrandingView put(BrandingRequest request) {
        return brandings.put(tenant.id(), null, request);
    }

    @DELETE
    @Operation(summary = "Back to the default look")
    public Response delete() {
        brandings.delete(tenant.id(), null);
        return Response.noContent().build();
    }
}
