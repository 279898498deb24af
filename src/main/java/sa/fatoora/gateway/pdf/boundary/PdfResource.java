package sa.fatoora.gateway.pdf.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.pdf.control.Brandings;
import sa.fatoora.gateway.pdf.control.InvoicePdfs;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** Any signed UBL invoice (from an ERP that signs elsewhere, or an SDK sample) to its PDF/A-3b; nothing is stored. */
@Path("api/v1/pdf")
@Tag(name = "PDF", description = "Bilingual PDF/A-3b invoices with the QR and the XML embedded")
public class PdfResource {

    @Inject
    InvoicePdfs pdfs;

    @Inject
    CurrentTenant tenant;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(InvoicePdfResource.PDF)
    @Operation(
            summary = "A signed UBL 2.1 invoice to its PDF/A-3b, with the tenant's branding",
            description = "The XML is embedded byte for byte. languageOrder=ARABIC_FIRST|ENGLISH_FIRST overrides the"
                    + " branding's.")
    @APIResponse(responseCode = "200", description = "application/pdf")
    @APIResponse(responseCode = "400", description = "XML_REJECTED (unparseable, DTD) or DOCUMENT_NOT_SIGNED")
    public Response pdf(byte[] xml, @QueryParam("languageOrder") String order) {
        return InvoicePdfResource.answer(pdfs.signed(tenant.id(), xml, order == null ? null : Brandings.order(order)));
    }
}
