package sa.fatoora.gateway.tenant.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.tenant.control.CurrentTenant;
import sa.fatoora.gateway.tenant.control.TenantService;
import sa.fatoora.gateway.tenant.entity.TenantView;

@Path("api/v1/tenant")
@Tag(name = "Tenant")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantService tenants;

    @Inject
    CurrentTenant currentTenant;

    @GET
    @Operation(summary = "The tenant the presented API key belongs to")
    public TenantView whoAmI() {
        return tenants.get(currentTenant.id());
    }
}
