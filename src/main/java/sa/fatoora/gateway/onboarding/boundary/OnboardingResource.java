package sa.fatoora.gateway.onboarding.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** One call from a registered EGS unit to an ACTIVE production certificate; its own path, so {id} alone stays free. */
@Path("api/v1/egs-units/{id}/onboarding")
@Tag(name = "EGS units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    static final String OTP_EXAMPLE = "{\"otp\": \"123345\"}";

    @Inject
    OnboardingService onboarding;

    @Inject
    CurrentTenant tenant;

    @POST
    @Operation(
            summary = "Onboard the unit: CSR, compliance CSID, compliance checks, production CSID",
            description = "One call instead of the portal's steps. Every step is recorded with ZATCA's answer; a"
                    + " retry after a failure resumes at the failed step (the OTP is needed only while the"
                    + " compliance CSID is still missing).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "otp", value = OTP_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "ACTIVE: the certificate's metadata and every step")
    @APIResponse(responseCode = "400", description = "OTP missing, or ZATCA refused the CSR or a document")
    @APIResponse(responseCode = "403", description = "ZATCA refused the OTP")
    @APIResponse(responseCode = "404", description = "No such unit for this tenant")
    @APIResponse(responseCode = "409", description = "Already onboarded, or another onboarding of the unit runs")
    @APIResponse(responseCode = "502", description = "ZATCA unavailable: retry later, the run resumes")
    public OnboardingView onboard(@PathParam("id") Long id, @Valid OtpRequest request) {
        return onboarding.onboard(tenant.id(), id, request == null ? null : request.otp());
    }

    @GET
    @Operation(summary = "The unit's latest onboarding or renewal run, with each step's ZATCA result")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such unit, or never onboarded")
    public OnboardingView latest(@PathParam("id") Long id) {
        return onboarding.latest(tenant.id(), id);
    }
}
