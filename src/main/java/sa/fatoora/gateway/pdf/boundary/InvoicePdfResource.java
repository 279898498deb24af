package sa.fatoora.gateway.pdf.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.pdf.control.Brandings;
import sa.fatoora.gateway.pdf.control.InvoicePdfs;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** A stored document as the PDF/A-3b a buyer holds. (Also: {@code Accept: application/pdf} on the invoice.) */
@Path("api/v1/invoices/{id}/pdf")
@Tag(name = "Invoices")
public class InvoicePdfResource {

    public static final String PDF = "application/pdf";

    @Inject
    InvoicePdfs pdfs;

    @Inject
    CurrentTenant tenant;

    @GET
    @Produces(PDF)
    @Operation(
            summary = "The document as a bilingual PDF/A-3b with its QR, and its XML embedded",
            description = "The cleared XML for a cleared document, else the signed one; a document ZATCA has not"
                    + " accepted (PENDING, REJECTED) is marked on the page. languageOrder=ARABIC_FIRST|ENGLISH_FIRST"
                    + " overrides the branding's.")
    @APIResponse(responseCode = "200", description = "application/pdf")
    @APIResponse(responseCode = "404", description = "No such document for this tenant")
    public Response pdf(@PathParam("id") Long id, @QueryParam("languageOrder") String order) {
        return answer(pdfs.stored(tenant.id(), id, order == null ? null : Brandings.order(order)));
    }

    /** A PDF answer, offered inline under the invoice number. */
    public static Response answer(InvoicePdfs.Pdf pdf) {
        return Response.ok(pdf.bytes(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .build();
    }
}
