package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sa.fatoora.gateway.invoice.entity.AllowanceCharge;
import sa.fatoora.gateway.invoice.entity.InvoiceLine;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.invoice.entity.LineAllowanceCharge;
import sa.fatoora.gateway.invoice.entity.LineTotals;
import sa.fatoora.gateway.invoice.entity.Prepayment;
import sa.fatoora.gateway.invoice.entity.PrepaymentTotals;
import sa.fatoora.gateway.invoice.entity.VatBreakdown;
import sa.fatoora.gateway.invoice.entity.VatCategory;

/**
 * Computes every amount of a document the way EN 16931 and the KSA rules check them: each line net and line VAT is
 * rounded to 2 decimals (HALF_UP) first, totals are sums of rounded amounts (BR-CO-10..16), and the VAT of each
 * category is computed once on its taxable total (BR-CO-17), not summed from the lines.
 * Expects a request that passed {@link InvoiceValidator}.
 */
@ApplicationScoped
public class TotalsCalculator {

    static final int SCALE = 2;
    private static final int INTERMEDIATE_SCALE = 10;

    public InvoiceTotals computeTotals(InvoiceRequest request) {
        List<LineTotals> lineTotals = new ArrayList<>(request.lines().size());
        Map<String, BreakdownSum> groups = new LinkedHashMap<>();
        BigDecimal lineExtension = zero();
        for (InvoiceLine line : request.lines()) {
            BigDecimal net = lineNet(line);
            BigDecimal vat = vatOf(net, line.vatRate());
            lineTotals.add(new LineTotals(net, vat, net.add(vat)));
            lineExtension = lineExtension.add(net);
            groups.computeIfAbsent(
                            key(line.vatCategory(), line.vatRate()),
                            k -> new BreakdownSum(line.vatCategory(), line.vatRate()))
                    .add(net, line.vatExemptionReasonCode(), line.vatExemptionReason());
        }
        BigDecimal allowances = zero();
        BigDecimal charges = zero();
        for (AllowanceCharge ac : request.allowanceCharges()) {
            BigDecimal amount = money(ac.amount());
            if (ac.charge()) {
                charges = charges.add(amount);
            } else {
                allowances = allowances.add(amount);
            }
            groups.computeIfAbsent(
                            key(ac.vatCategory(), ac.vatRate()), k -> new BreakdownSum(ac.vatCategory(), ac.vatRate()))
                    .add(ac.charge() ? amount : amount.negate(), ac.vatExemptionReasonCode(), ac.vatExemptionReason());
        }
        List<VatBreakdown> breakdown = new ArrayList<>(groups.size());
        BigDecimal tax = zero();
        for (BreakdownSum group : groups.values()) {
            VatBreakdown b = group.toBreakdown();
            breakdown.add(b);
            tax = tax.add(b.taxAmount());
        }
        List<PrepaymentTotals> prepaymentTotals =
                new ArrayList<>(request.prepayments().size());
        BigDecimal prepaid = zero();
        for (Prepayment p : request.prepayments()) {
            BigDecimal taxable = money(p.taxableAmount());
            BigDecimal prepaidTax = vatOf(taxable, p.vatRate());
            prepaymentTotals.add(new PrepaymentTotals(taxable, prepaidTax));
            prepaid = prepaid.add(taxable).add(prepaidTax);
        }
        BigDecimal taxExclusive = lineExtension.subtract(allowances).add(charges);
        BigDecimal taxInclusive = taxExclusive.add(tax);
        BigDecimal rounding = request.payableRoundingAmount() == null ? zero() : money(request.payableRoundingAmount());
        BigDecimal taxSar = request.isForeignCurrency() ? money(tax.multiply(request.exchangeRate())) : tax;
        return new InvoiceTotals(
                lineTotals,
                prepaymentTotals,
                breakdown,
                lineExtension,
                allowances,
                charges,
                taxExclusive,
                tax,
                taxSar,
                taxInclusive,
                prepaid,
                rounding,
                taxInclusive.subtract(prepaid).add(rounding));
    }

    /** Quantity x (net price / base quantity) - allowances + charges, rounded to 2 decimals (BR-KSA-EN16931-11). */
    static BigDecimal lineNet(InvoiceLine line) {
        BigDecimal gross = line.quantity().multiply(line.netPrice());
        BigDecimal base = line.priceBaseQuantityOrOne();
        if (base.compareTo(BigDecimal.ONE) != 0) {
            gross = gross.divide(base, INTERMEDIATE_SCALE, RoundingMode.HALF_UP);
        }
        for (LineAllowanceCharge ac : line.allowanceCharges()) {
            gross = ac.charge() ? gross.add(ac.amount()) : gross.subtract(ac.amount());
        }
        return money(gross);
    }

    static BigDecimal vatOf(BigDecimal taxable, BigDecimal ratePercent) {
        return money(taxable.multiply(ratePercent).movePointLeft(2));
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    /** 15, 15.0 and 15.00 are one rate. */
    private static String key(String category, BigDecimal rate) {
        return category + '|' + rate.stripTrailingZeros().toPlainString();
    }

    /** Taxable total of one category and rate; the exemption reason comes from the first part that names one. */
    private static final class BreakdownSum {
        private final VatCategory category;
        private final BigDecimal rate;
        private BigDecimal taxable = zero();
        private String reasonCode;
        private String reason;

        BreakdownSum(String category, BigDecimal rate) {
            this.category = VatCategory.fromCode(category);
            this.rate = rate;
        }

        void add(BigDecimal amount, String code, String text) {
            taxable = taxable.add(amount);
            if (reasonCode == null && code != null) {
                reasonCode = code;
                reason = text;
            }
        }

        VatBreakdown toBreakdown() {
            return new VatBreakdown(category, rate, taxable, vatOf(taxable, rate), reasonCode, reason);
        }
    }
}
