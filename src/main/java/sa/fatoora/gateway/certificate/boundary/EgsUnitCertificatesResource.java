package sa.fatoora.gateway.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** A unit's certificate history; its own root resource so the onboarding resources stay apart. */
@Path("api/v1/egs-units/{id}/certificates")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
public class EgsUnitCertificatesResource {

    @Inject
    CertificateStore store;

    @Inject
    CurrentTenant tenant;

    @GET
    @Operation(summary = "Every certificate the unit has had, newest first, with status and status reason")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    public List<CertificateView> history(@PathParam("id") Long id) {
        return store.history(tenant.id(), id);
    }
}
