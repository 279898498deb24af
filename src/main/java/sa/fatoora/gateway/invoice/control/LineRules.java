package sa.fatoora.gateway.invoice.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sa.fatoora.gateway.invoice.entity.AllowanceCharge;
import sa.fatoora.gateway.invoice.entity.InvoiceLine;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.LineAllowanceCharge;
import sa.fatoora.gateway.invoice.entity.Prepayment;

/** Rules on invoice lines, document level allowances and charges, and prepayments. */
final class LineRules {

    private LineRules() {}

    /**
     * ZATCA takes at most 10 MB per call, the signed XML in base64. A line is about 0.9 KB of signed XML, so 10,000
     * lines (8.7 MB, 11.6 MB in base64) can never be delivered; 5,000 leave room for long names and notes.
     */
    static final int MAX_LINES = 5_000;

    static void check(InvoiceRequest r, Violations v) {
        if (r.lines().isEmpty()) {
            v.add("/lines", "at least one invoice line is required (BR-16)");
        }
        if (r.lines().size() > MAX_LINES) {
            v.add("/lines", "at most " + MAX_LINES + " lines per document: ZATCA takes at most 10 MB per document");
            return;
        }
        Map<String, String> lineIds = new HashMap<>();
        Set<String> categoriesWithReason = new HashSet<>();
        for (int i = 0; i < r.lines().size(); i++) {
            InvoiceLine line = r.lines().get(i);
            String at = "/lines/" + i;
            if (line == null) {
                v.add(at, "is required");
                continue;
            }
            checkLine(line, at, v);
            unique(lineIds, line.id(), at, v);
            if (!Violations.isBlank(line.vatExemptionReasonCode())) {
                categoriesWithReason.add(line.vatCategory());
            }
        }
        for (int i = 0; i < r.allowanceCharges().size(); i++) {
            AllowanceCharge ac = r.allowanceCharges().get(i);
            String at = "/allowanceCharges/" + i;
            checkAllowanceCharge(
                    ac.charge(),
                    ac.amount(),
                    ac.reason(),
                    ac.reasonCode(),
                    at,
                    v,
                    "BR-KSA-19",
                    "BR-KSA-21",
                    "BR-DEC-01");
            VatRules.check(
                    v,
                    at,
                    ac.vatCategory(),
                    ac.vatRate(),
                    ac.vatExemptionReasonCode(),
                    ac.vatExemptionReason(),
                    !categoriesWithReason.contains(ac.vatCategory()));
        }
        for (int i = 0; i < r.prepayments().size(); i++) {
            Prepayment p = r.prepayments().get(i);
            String at = "/prepayments/" + i;
            checkPrepayment(p, at, v);
            unique(lineIds, p.lineId(), at + "/lineId", v);
        }
    }

    private static void checkLine(InvoiceLine line, String at, Violations v) {
        v.require(at + "/id", line.id(), " (BR-21)");
        v.require(at + "/name", line.name(), " (BR-25)");
        boolean computable = v.require(at + "/quantity", line.quantity(), " (BR-22)")
                & v.require(at + "/netPrice", line.netPrice(), " (BR-26)");
        if (Violations.isNegative(line.quantity())) {
            v.add(at + "/quantity", "must not be negative: credit notes also carry positive quantities (BR-KSA-F-04)");
            computable = false;
        }
        if (Violations.isNegative(line.netPrice())) {
            v.add(at + "/netPrice", "must not be negative (BR-27)");
            computable = false;
        }
        if (line.priceBaseQuantity() != null && line.priceBaseQuantity().signum() <= 0) {
            v.add(at + "/priceBaseQuantity", "must be above zero (BR-KSA-EN16931-12)");
            computable = false;
        }
        List<LineAllowanceCharge> acs = line.allowanceCharges();
        for (int j = 0; j < acs.size(); j++) {
            LineAllowanceCharge ac = acs.get(j);
            computable &= checkAllowanceCharge(
                    ac.charge(),
                    ac.amount(),
                    ac.reason(),
                    ac.reasonCode(),
                    at + "/allowanceCharges/" + j,
                    v,
                    "BR-KSA-20",
                    "BR-KSA-22",
                    "BR-DEC-24");
        }
        VatRules.check(
                v,
                at,
                line.vatCategory(),
                line.vatRate(),
                line.vatExemptionReasonCode(),
                line.vatExemptionReason(),
                true);
        if (computable && TotalsCalculator.lineNet(line).signum() < 0) {
            v.add(
                    at + "/allowanceCharges",
                    "the allowances exceed the line amount: the line net amount must not be"
                            + " negative (BR-KSA-F-04)");
        }
    }

    /** Returns whether the amount is usable for computing. */
    private static boolean checkAllowanceCharge(
            boolean charge,
            BigDecimal amount,
            String reason,
            String reasonCode,
            String at,
            Violations v,
            String codeRule,
            String reasonRule,
            String decimalsRule) {
        boolean usable = v.require(at + "/amount", amount, "");
        if (Violations.isNegative(amount)) {
            v.add(at + "/amount", "must not be negative (BR-KSA-F-04)");
            usable = false;
        } else if (Violations.hasMoreThanTwoDecimals(amount)) {
            v.add(at + "/amount", "must have at most two decimals (" + decimalsRule + ")");
        }
        // allowances may go without reason: ZATCA's EN 16931 schematron leaves out BR-33 and BR-42
        if (charge) {
            v.require(at + "/reasonCode", reasonCode, " for a charge (" + codeRule + ")");
            v.require(at + "/reason", reason, " for a charge (" + reasonRule + ")");
        }
        return usable;
    }

    private static void checkPrepayment(Prepayment p, String at, Violations v) {
        v.require(at + "/lineId", p.lineId(), " (BR-21)");
        v.require(at + "/name", p.name(), " (BR-25)");
        v.require(at + "/invoiceId", p.invoiceId(), " (BR-KSA-73)");
        v.require(at + "/issueDate", p.issueDate(), " (BR-KSA-73)");
        v.require(at + "/issueTime", p.issueTime(), " (BR-KSA-73)");
        if (v.require(at + "/taxableAmount", p.taxableAmount(), " (BR-KSA-75)")) {
            if (Violations.isNegative(p.taxableAmount())) {
                v.add(at + "/taxableAmount", "must not be negative (BR-KSA-F-04)");
            } else if (Violations.hasMoreThanTwoDecimals(p.taxableAmount())) {
                v.add(at + "/taxableAmount", "must have at most two decimals (BR-KSA-DEC-06)");
            }
        }
        VatRules.check(v, at, p.vatCategory(), p.vatRate(), p.vatExemptionReasonCode(), p.vatExemptionReason(), true);
    }

    private static void unique(Map<String, String> seen, String id, String at, Violations v) {
        if (id == null) {
            return;
        }
        String first = seen.putIfAbsent(id, at);
        if (first != null) {
            v.add(at.endsWith("/lineId") ? at : at + "/id", "line id '" + id + "' is already used at " + first);
        }
    }
}
