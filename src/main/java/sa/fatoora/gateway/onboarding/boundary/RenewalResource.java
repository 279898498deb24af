package sa.fatoora.gateway.onboarding.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.onboarding.control.OnboardingService;
import sa.fatoora.gateway.onboarding.entity.OnboardingView;
import sa.fatoora.gateway.onboarding.entity.OtpRequest;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** Renewal of a unit's production CSID; a path of its own like the onboarding's. */
@Path("api/v1/egs-units/{id}/renewal")
@Tag(name = "EGS units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RenewalResource {

    @Inject
    OnboardingService onboarding;

    @Inject
    CurrentTenant tenant;

    @POST
    @Operation(
            summary = "Renew the unit's production CSID with a new key and CSR",
            description = "PATCH /production/csids with the current production CSID and the OTP; when ZATCA answers"
                    + " 428 the compliance checks run again with the compliance CSID it returned. The new"
                    + " certificate becomes ACTIVE, the old one stays in the history.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "otp", value = OnboardingResource.OTP_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "ACTIVE: the new certificate's metadata and every step")
    @APIResponse(responseCode = "403", description = "ZATCA refused the OTP")
    @APIResponse(responseCode = "409", description = "No production CSID to renew, or a run of the unit is going on")
    @APIResponse(responseCode = "502", description = "ZATCA unavailable: retry later, the run resumes")
    public OnboardingView renew(@PathParam("id") Long id, @Valid OtpRequest request) {
        return onboarding.renew(tenant.id(), id, request == null ? null : request.otp());
    }
}
