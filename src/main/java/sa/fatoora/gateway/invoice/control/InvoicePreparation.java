package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.invoice.entity.UnsignedInvoice;
import sa.fatoora.gateway.platform.control.StoredTime;

/**
 * The whole way from request to unsigned document: validate, compute totals, check the caller's totals, write.
 * Run it before allocating the chain position where possible, so a rejected request does not burn an ICV.
 */
@ApplicationScoped
public class InvoicePreparation {

    private final InvoiceValidator validator;
    private final TotalsCalculator calculator;
    private final TotalsComparison comparison;
    private final UblInvoiceWriter writer;
    private final Clock clock;

    public InvoicePreparation() {
        this(StoredTime.CLOCK);
    }

    public InvoicePreparation(Clock clock) {
        this(
                new InvoiceValidator(clock),
                new TotalsCalculator(),
                new TotalsComparison(),
                new UblInvoiceWriter(),
                clock);
    }

    @Inject
    InvoicePreparation(
            InvoiceValidator validator,
            TotalsCalculator calculator,
            TotalsComparison comparison,
            UblInvoiceWriter writer,
            Clock clock) {
        this.validator = validator;
        this.calculator = calculator;
        this.comparison = comparison;
        this.writer = writer;
        this.clock = clock;
    }

    /** Validation and totals only: throws ValidationFailedException or TotalsMismatchException. */
    public InvoiceTotals check(InvoiceRequest request, Seller seller) {
        InvoiceTotals totals = validator.validateAndCompute(request, seller, calculator);
        comparison.requireMatch(request.totals(), totals);
        return totals;
    }

    public UnsignedInvoice prepare(InvoiceRequest request, Seller seller, ChainPosition chain, UUID uuid) {
        InvoiceTotals totals = check(request, seller);
        return writer.writeUnsigned(request, seller, chain, uuid, totals, IssueTimestamp.of(request, clock));
    }
}
