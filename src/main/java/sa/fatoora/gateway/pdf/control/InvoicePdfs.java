package sa.fatoora.gateway.pdf.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.invoice.control.InvoiceQueries;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.pdf.entity.DocumentState;
import sa.fatoora.gateway.pdf.entity.LanguageOrder;
import sa.fatoora.gateway.pdf.entity.PdfLook;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

/**
 * The PDF of a stored document: the XML exactly as ZATCA cleared it (standard), else as signed (simplified, or not
 * cleared), marked on the page while ZATCA has not accepted it; the unit's branding, or the tenant's.
 */
@ApplicationScoped
public class InvoicePdfs {

    @Inject
    InvoiceQueries queries;

    @Inject
    Brandings brandings;

    @Inject
    InvoicePdfRenderer renderer;

    /** A rendered PDF and the file name to offer it under. */
    public record Pdf(byte[] bytes, String fileName) {}

    /** {@code order} overrides the branding's language order when not null. */
    public Pdf stored(Long tenantId, Long invoiceId, LanguageOrder order) {
        InvoiceDocument d = queries.owned(tenantId, invoiceId);
        PdfLook look = brandings.look(tenantId, d.getEgsUnitId()).withOrder(order);
        byte[] pdf = renderer.render(queries.xml(d), state(d), look);
        return new Pdf(pdf, fileName(d.getInvoiceNumber()));
    }

    /** A signed document from elsewhere, with the tenant's branding. */
    public Pdf signed(Long tenantId, byte[] xml, LanguageOrder order) {
        PdfLook look = brandings.look(tenantId, null).withOrder(order);
        byte[] pdf = renderer.render(xml, DocumentState.SUBMITTED_ELSEWHERE, look);
        return new Pdf(pdf, "invoice.pdf");
    }

    /** A standard document that ZATCA switched to reporting (303) is REPORTED without a cleared XML. */
    static DocumentState state(InvoiceDocument d) {
        return switch (d.getStatus()) {
            case REJECTED -> DocumentState.REJECTED;
            case CLEARED -> DocumentState.CLEARED;
            case REPORTED -> DocumentState.REPORTED;
            case PENDING -> d.getSubtype() == InvoiceSubtype.STANDARD
                    ? DocumentState.NOT_YET_CLEARED
                    : DocumentState.NOT_YET_REPORTED;
        };
    }

    static String fileName(String invoiceNumber) {
        String xml = PdfA.fileName(invoiceNumber);
        return xml.substring(0, xml.length() - ".xml".length()) + ".pdf";
    }
}
