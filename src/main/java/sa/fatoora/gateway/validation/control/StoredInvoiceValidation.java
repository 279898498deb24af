package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.invoice.control.InvoiceQueries;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/**
 * A stored invoice checked again, now, with the active rule pack: the document as ZATCA holds it (the cleared XML
 * when cleared, else the signed one), its PIH against the unit's document one ICV before. The report names the pack,
 * so an auditor sees which rules a stored document passes today.
 */
@ApplicationScoped
public class StoredInvoiceValidation {

    @Inject
    InvoiceQueries invoices;

    @Inject
    ValidationService validation;

    public ValidationReport validate(Long tenantId, Long invoiceId) {
        InvoiceDocument document = invoices.owned(tenantId, invoiceId);
        return validation.validate(
                invoices.xml(document), invoices.expectedPreviousHash(document).orElse(null));
    }
}
