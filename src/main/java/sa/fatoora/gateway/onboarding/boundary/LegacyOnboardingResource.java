package sa.fatoora.gateway.onboarding.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.onboarding.control.LegacyOnboarding;
import sa.fatoora.gateway.onboarding.entity.LegacySubmission;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/**
 * The two-step onboarding endpoint of the product's original design, kept for its clients: the same fields as a
 * JSON object, a multipart form or a URL-encoded form. Without {@code request_id} it is step 1, with it step 2.
 */
@Path("api/v1/zatca/production/onboarding/submit")
@Tag(name = "EGS units")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyOnboardingResource {

    @Inject
    LegacyOnboarding legacy;

    @Inject
    CurrentTenant tenant;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Two-step onboarding with the client's own CSR and key (JSON)",
            description = "Step 1: csr, private_key, organization_name, vat_number (and egs_unit_id, or an EGS unit"
                    + " named like the CSR's CN) answer requestID and next_step. Step 2: request_id and otp run the"
                    + " onboarding and answer certificate and zatca_response; repeating it answers the same.")
    @APIResponse(
            responseCode = "200",
            description = "Step 1: requestID, next_step. Step 2: certificate, zatca_response")
    @APIResponse(responseCode = "400", description = "Invalid CSR, VAT number or key, or ZATCA refused the request")
    @APIResponse(responseCode = "401", description = "Missing or invalid API key, or ZATCA refused the credentials")
    @APIResponse(responseCode = "403", description = "ZATCA refused the OTP")
    @APIResponse(responseCode = "404", description = "Unknown or expired request_id")
    @APIResponse(responseCode = "409", description = "CSR already submitted, or the unit is onboarded already")
    @APIResponse(responseCode = "502", description = "ZATCA unavailable or answered 5xx")
    public Object submitJson(LegacySubmission submission) {
        if (submission == null) {
            throw ValidationFailedException.of("", "a JSON object with the step's fields is required");
        }
        return submit(submission);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Two-step onboarding with the client's own CSR and key (multipart form)")
    @APIResponse(responseCode = "200", description = "As the JSON variant")
    public Object submitForm(
            @FormParam("csr") String csr,
            @FormParam("private_key") String privateKey,
            @FormParam("organization_name") String organizationName,
            @FormParam("vat_number") String vatNumber,
            @FormParam("egs_unit_id") String egsUnitId,
            @FormParam("otp") String otp,
            @FormParam("request_id") String requestId) {
        return submit(
                new LegacySubmission(csr, privateKey, organizationName, vatNumber, unitId(egsUnitId), otp, requestId));
    }

    /**
     * Read as an entity, not through {@code @FormParam}: the body-size filter wraps the entity stream, so the
     * servlet container's own form parsing never sees the body.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Two-step onboarding with the client's own CSR and key (URL-encoded form)")
    @APIResponse(responseCode = "200", description = "As the JSON variant")
    public Object submitUrlEncoded(MultivaluedMap<String, String> form) {
        return submit(new LegacySubmission(
                form.getFirst("csr"),
                form.getFirst("private_key"),
                form.getFirst("organization_name"),
                form.getFirst("vat_number"),
                unitId(form.getFirst("egs_unit_id")),
                form.getFirst("otp"),
                form.getFirst("request_id")));
    }

    private Object submit(LegacySubmission submission) {
        return submission.isStepTwo()
                ? legacy.complete(tenant.id(), submission)
                : legacy.register(tenant.id(), submission);
    }

    private static Long unitId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("/egs_unit_id", "must be a number");
        }
    }
}
