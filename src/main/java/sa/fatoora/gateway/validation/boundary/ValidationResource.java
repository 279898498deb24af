package sa.fatoora.gateway.validation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.validation.control.ExpectedPih;
import sa.fatoora.gateway.validation.control.ValidationService;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** Local validation for ERPs: the same checks ZATCA runs, answered with a report rather than an error. */
@Path("api/v1/validation")
@RequestScoped
@Tag(name = "Validation", description = "Check a document locally before sending it to ZATCA")
public class ValidationResource {

    @Inject
    ValidationService validation;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Validate an e-invoice",
            description = "Runs every validation stage (UBL schema, EN 16931 and KSA schematrons, signature, QR, "
                    + "previous invoice hash) and answers 200 with the report, also when the document is invalid. "
                    + "A stage that could not run is listed as NOT_RUN with its reason, never as PASSED.")
    @RequestBody(
            required = true,
            description = "The UBL 2.1 invoice, credit or debit note, as it would be sent",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_XML,
                            examples =
                                    @ExampleObject(
                                            name = "invoice",
                                            value =
                                                    "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
                                                            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\" "
                                                            + "...><cbc:ProfileID>reporting:1.0</cbc:ProfileID><cbc:ID>SME00010</cbc:ID>"
                                                            + "...</Invoice>")))
    @APIResponse(
            responseCode = "200",
            description = "The validation report; `valid` says whether it passed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ValidationReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not XML, or unsafe XML (DOCTYPE, entities), or a bad `pih`",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "401",
            description = "Missing or unknown API key",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "413",
            description = "Body over the size limit (10 MB by default)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "415",
            description = "Body is not application/xml or text/xml",
            content = @Content(mediaType = "application/problem+json"))
    public ValidationReport validate(
            byte[] xml,
            @Parameter(description = "The previous invoice hash the document must carry (base64)") @QueryParam("pih")
                    String pih) {
        checkPih(pih);
        return validation.validate(xml, pih);
    }

    static void checkPih(String pih) {
        ExpectedPih.check(pih);
    }
}
