package sa.fatoora.gateway.validation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.tenant.control.CurrentTenant;
import sa.fatoora.gateway.validation.control.StoredInvoiceValidation;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** A stored invoice's validation report, made now with the active rule pack. */
@Path("api/v1/invoices/{id}/validation")
@RequestScoped
@Tag(name = "Validation", description = "Check a document locally before sending it to ZATCA")
public class InvoiceValidationResource {

    @Inject
    StoredInvoiceValidation validation;

    @Inject
    CurrentTenant tenant;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Validate a stored invoice",
            description = "Every stage on the document as ZATCA holds it (cleared XML when cleared), the PIH compared "
                    + "with the unit's previous document when it is stored here; `rulePack` names the rules used.")
    public ValidationReport validate(@PathParam("id") Long id) {
        return validation.validate(tenant.id(), id);
    }
}
