package sa.fatoora.gateway.invoice.control;

import java.math.BigDecimal;
import java.util.List;
import sa.fatoora.gateway.invoice.entity.AllowanceCharge;
import sa.fatoora.gateway.invoice.entity.Buyer;
import sa.fatoora.gateway.invoice.entity.ClientTotals;
import sa.fatoora.gateway.invoice.entity.InvoiceLine;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.LineAllowanceCharge;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

/** Small simplified invoices built in code for the totals and writer tests. */
final class Requests {

    private Requests() {}

    static InvoiceLine line(String id, String qty, String price, String base, List<LineAllowanceCharge> acs) {
        return new InvoiceLine(
                id,
                "Item " + id,
                new BigDecimal(qty),
                null,
                new BigDecimal(price),
                base == null ? null : new BigDecimal(base),
                acs,
                "S",
                new BigDecimal("15"),
                null,
                null);
    }

    static InvoiceRequest simplified(
            List<InvoiceLine> lines, List<AllowanceCharge> acs, Buyer buyer, ClientTotals totals) {
        return new InvoiceRequest(
                DocumentType.TAX_INVOICE,
                InvoiceSubtype.SIMPLIFIED,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                "INV-1",
                null,
                null,
                null,
                null,
                buyer,
                lines,
                acs,
                null,
                null,
                null,
                "10",
                null,
                null,
                null,
                null,
                null,
                totals);
    }
}
