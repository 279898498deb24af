package sa.fatoora.gateway.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.console.entity.InvoiceDetail.Amount;

/** The totals the invoice page shows, read from ZATCA's SDK samples (../shared/zatca-sdk/Data/Samples). */
class ConsoleInvoicesTest {

    static final Path SAMPLES = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data/Samples");

    @Test
    void aSarInvoiceShowsItsTotalsInSar() throws Exception {
        List<Amount> totals =
                ConsoleInvoices.totals(Files.readAllBytes(SAMPLES.resolve("Standard/Invoice/Standard_Invoice.xml")));
        assertEquals(
                List.of(
                        new Amount("total.taxExclusive", "4.00", "SAR"),
                        new Amount("total.vat", "0.60", "SAR"),
                        new Amount("total.taxInclusive", "4.60", "SAR"),
                        new Amount("total.payable", "4.60", "SAR")),
                totals);
    }

    @Test
    void aForeignCurrencyInvoiceShowsItsCurrencyAndTheVatInSarAndItsPrepayment() throws Exception {
        List<Amount> totals = ConsoleInvoices.totals(Files.readAllBytes(
                SAMPLES.resolve("Standard/Invoice/Advance Payment adjustments with foreign currency invoice.xml")));
        assertEquals(
                List.of(
                        new Amount("total.taxExclusive", "1,900.00", "USD"),
                        new Amount("total.vat", "285.00", "USD"),
                        new Amount("total.vatInTaxCurrency", "1,068.75", "SAR"),
                        new Amount("total.taxInclusive", "2,185.00", "USD"),
                        new Amount("total.prepaid", "1,150.00", "USD"),
                        new Amount("total.payable", "1,035.00", "USD")),
                totals);
    }
}
