package sa.fatoora.gateway.invoice.control;

import java.math.BigDecimal;
import sa.fatoora.gateway.invoice.entity.VatCategory;

/** VAT category, rate and exemption reason checks shared by lines, document allowances/charges and prepayments. */
final class VatRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VatRules() {}

    /**
     * Checks one category/rate/exemption triple under {@code at} and returns the category, or null when unknown.
     * {@code reasonRequired} is false where the breakdown gets its reason from another part of the document.
     */
    static VatCategory check(
            Violations v,
            String at,
            String categoryCode,
            BigDecimal rate,
            String reasonCode,
            String reason,
            boolean reasonRequired) {
        if (!v.require(at + "/vatCategory", categoryCode, " (BR-CO-04)")) {
            return null;
        }
        VatCategory category = VatCategory.fromCode(categoryCode);
        if (category == null) {
            v.add(at + "/vatCategory", "unknown VAT category '" + categoryCode + "': use S, Z, E or O (BR-KSA-18)");
        }
        if (v.require(at + "/vatRate", rate, " (BR-KSA-DEC-02)")) {
            if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0 || Violations.hasMoreThanTwoDecimals(rate)) {
                v.add(at + "/vatRate", "must be from 0.00 to 100.00 with at most two decimals (BR-KSA-DEC-02)");
            } else if (category == VatCategory.S
                    && !KsaCodeLists.STANDARD_RATES.contains(
                            rate.stripTrailingZeros().toPlainString())) {
                v.add(at + "/vatRate", "a standard rated (S) supply has rate 15 or 5 (BR-KSA-84)");
            } else if (category != null && category != VatCategory.S && rate.signum() != 0) {
                v.add(at + "/vatRate", "VAT category " + category + " has rate 0 (" + zeroRateRule(category) + ")");
            }
        }
        if (category == VatCategory.S) {
            if (!Violations.isBlank(reasonCode) || !Violations.isBlank(reason)) {
                v.add(at + "/vatExemptionReasonCode", "a standard rated supply has no exemption reason (BR-S-10)");
            }
        } else if (category != null) {
            checkExemption(v, at, category, reasonCode, reason, reasonRequired);
        }
        return category;
    }

    private static void checkExemption(
            Violations v, String at, VatCategory category, String reasonCode, String reason, boolean reasonRequired) {
        if (Violations.isBlank(reasonCode)) {
            if (reasonRequired) {
                v.add(
                        at + "/vatExemptionReasonCode",
                        "is required for VAT category " + category
                                + ": one of "
                                + KsaCodeLists.EXEMPTION_CODES.get(category).stream()
                                        .sorted()
                                        .toList()
                                + " (BR-KSA-CL-04, " + missingCodeRule(category) + ")");
            }
        } else if (!KsaCodeLists.EXEMPTION_CODES.get(category).contains(reasonCode)) {
            v.add(
                    at + "/vatExemptionReasonCode",
                    "'" + reasonCode + "' is not an exemption reason code of VAT"
                            + " category " + category + ": use one of "
                            + KsaCodeLists.EXEMPTION_CODES.get(category).stream()
                                    .sorted()
                                    .toList() + " (BR-KSA-CL-04)");
        }
        if (Violations.isBlank(reason) && (reasonRequired || !Violations.isBlank(reasonCode))) {
            v.add(at + "/vatExemptionReason", "is required for VAT category " + category + " (BR-KSA-83)");
        }
    }

    private static String zeroRateRule(VatCategory category) {
        return switch (category) {
            case Z -> "BR-Z-05";
            case E -> "BR-E-05";
            default -> "BR-KSA-11";
        };
    }

    private static String missingCodeRule(VatCategory category) {
        return switch (category) {
            case Z -> "BR-KSA-69";
            case E -> "BR-KSA-23";
            default -> "BR-KSA-24";
        };
    }
}
