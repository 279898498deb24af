package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.AllowanceCharge;
import sa.fatoora.gateway.invoice.entity.ClientTotals;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.invoice.entity.LineAllowanceCharge;
import sa.fatoora.gateway.platform.entity.FieldError;

class TotalsCalculatorTest {

    private final TotalsCalculator calculator = new TotalsCalculator();
    private final InvoicePreparation preparation = new InvoicePreparation(SampleFixtures.CLOCK);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void lineNetIsRoundedHalfUpBeforeVat() {
        // 3 x 33.335 = 100.005 -> 100.01; VAT 15.0015 -> 15.00
        InvoiceTotals t = calculator.computeTotals(Requests.simplified(
                List.of(Requests.line("1", "3", "33.335", null, List.of())), List.of(), null, null));
        assertEquals(d("100.01"), t.lines().get(0).netAmount());
        assertEquals(d("15.00"), t.lines().get(0).vatAmount());
        assertEquals(d("115.01"), t.lines().get(0).amountWithVat());
        assertEquals(d("115.01"), t.payableAmount());
    }

    @Test
    void priceBaseQuantityDividesThePrice() {
        // 7 units at 10.00 per 3 units = 23.333.. -> 23.33
        InvoiceTotals t = calculator.computeTotals(
                Requests.simplified(List.of(Requests.line("1", "7", "10.00", "3", List.of())), List.of(), null, null));
        assertEquals(d("23.33"), t.lines().get(0).netAmount());
        assertEquals(d("3.50"), t.lines().get(0).vatAmount());
    }

    @Test
    void lineAndDocumentAllowancesAndCharges() {
        List<LineAllowanceCharge> lineAcs = List.of(
                new LineAllowanceCharge(false, d("1.50"), "discount", "95"),
                new LineAllowanceCharge(true, d("0.25"), "Packing", "ABL"));
        List<AllowanceCharge> docAcs = List.of(
                new AllowanceCharge(false, d("10.00"), "discount", "95", "S", d("15"), null, null),
                new AllowanceCharge(true, d("3.33"), "Freight", "FC", "S", d("15"), null, null));
        InvoiceTotals t = calculator.computeTotals(Requests.simplified(
                List.of(
                        Requests.line("1", "2", "49.995", null, lineAcs),
                        Requests.line("2", "1", "0.07", null, List.of())),
                docAcs,
                null,
                null));
        // line 1: 99.99 - 1.50 + 0.25 = 98.74, VAT 14.811 -> 14.81; line 2: 0.07, VAT 0.0105 -> 0.01
        assertEquals(d("98.74"), t.lines().get(0).netAmount());
        assertEquals(d("14.81"), t.lines().get(0).vatAmount());
        assertEquals(d("0.01"), t.lines().get(1).vatAmount());
        assertEquals(d("98.81"), t.lineExtensionAmount());
        assertEquals(d("10.00"), t.allowanceTotalAmount());
        assertEquals(d("3.33"), t.chargeTotalAmount());
        assertEquals(d("92.14"), t.taxExclusiveAmount());
        // VAT once on the category total: 92.14 x 15 % = 13.821 -> 13.82, not the sum of line VATs
        assertEquals(d("92.14"), t.vatBreakdown().get(0).taxableAmount());
        assertEquals(d("13.82"), t.taxAmount());
        assertEquals(d("105.96"), t.taxInclusiveAmount());
        assertEquals(d("105.96"), t.payableAmount());
    }

    @Test
    void mismatchingClientTotalsNameEachField() {
        ClientTotals sent =
                new ClientTotals(d("4.00"), null, null, d("4.00"), d("0.61"), null, d("4.61"), null, d("4.60"));
        InvoiceRequest request =
                Requests.simplified(List.of(Requests.line("1", "2", "2.00", null, List.of())), List.of(), null, sent);
        TotalsMismatchException e =
                assertThrows(TotalsMismatchException.class, () -> preparation.check(request, SampleFixtures.SELLER));
        assertEquals("TOTALS_MISMATCH", e.code());
        assertEquals(400, e.status());
        assertEquals(
                List.of("/totals/taxAmount", "/totals/taxInclusiveAmount"),
                e.errors().stream().map(FieldError::pointer).toList());
        assertEquals(
                "sent 0.61 but the computed taxAmount is 0.60",
                e.errors().get(0).message());
    }

    @Test
    void matchingClientTotalsPassWhateverTheirScale() {
        ClientTotals sent =
                new ClientTotals(d("4"), d("0"), d("0"), d("4.0"), d("0.6"), d("0.60"), d("4.6"), d("0"), d("4.600"));
        InvoiceRequest request =
                Requests.simplified(List.of(Requests.line("1", "2", "2.00", null, List.of())), List.of(), null, sent);
        assertEquals(
                d("4.60"), preparation.check(request, SampleFixtures.SELLER).payableAmount());
    }
}
