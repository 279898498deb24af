package sa.fatoora.gateway.invoice.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.control.Sellers;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

@Path("api/v1/invoices/check")
@Tag(name = "Invoices", description = "Invoices from JSON to signed, cleared or reported documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceCheckResource {

    static final String EXAMPLE =
            """
            {"documentType": "TAX_INVOICE", "subtype": "SIMPLIFIED", "id": "SME00010",
             "paymentMeansCode": "10",
             "lines": [{"id": "1", "name": "كتاب", "quantity": 33, "unitCode": "PCE", "netPrice": 3.00,
                        "vatCategory": "S", "vatRate": 15},
                       {"id": "2", "name": "قلم", "quantity": 3, "unitCode": "PCE", "netPrice": 34.00,
                        "vatCategory": "S", "vatRate": 15}]}""";

    @Inject
    InvoicePreparation preparation;

    @Inject
    EgsUnitService units;

    @Inject
    CurrentTenant tenant;

    @POST
    @Operation(
            summary = "Check an invoice without issuing it",
            description = "Applies every business rule for the unit's seller and answers the totals the gateway "
                    + "computes (lines, VAT per category, tax inclusive, payable) with the EN 16931/KSA rounding. "
                    + "Nothing is signed, stored or sent. Every problem is listed at once; client-sent `totals` "
                    + "that differ are named one by one (TOTALS_MISMATCH). More examples: examples/invoices/.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "simplified invoice", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Valid; the computed totals")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED or TOTALS_MISMATCH, every problem listed")
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    public InvoiceTotals check(
            @QueryParam("egsUnitId") @NotNull Long egsUnitId, @NotNull @Valid InvoiceRequest request) {
        return preparation.check(
                request, Sellers.of(units.find(tenant.id(), egsUnitId).seller()));
    }
}
