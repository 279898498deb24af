package sa.fatoora.gateway.simulator.entity;

import java.util.EnumSet;
import java.util.Set;

/** The six documents a compliance CSID must pass, named as ZATCA names them in Missing-ComplianceSteps. */
public enum ComplianceStep {
    STANDARD_INVOICE("standard-compliant", true),
    STANDARD_CREDIT_NOTE("standard-credit-note-compliant", true),
    STANDARD_DEBIT_NOTE("standard-debit-note-compliant", true),
    SIMPLIFIED_INVOICE("simplified-compliant", false),
    SIMPLIFIED_CREDIT_NOTE("simplified-credit-note-compliant", false),
    SIMPLIFIED_DEBIT_NOTE("simplified-debit-note-compliant", false);

    private final String label;
    private final boolean standard;

    ComplianceStep(String label, boolean standard) {
        this.label = label;
        this.standard = standard;
    }

    public String label() {
        return label;
    }

    /** The steps a CSR title (1000, 0100, 1100) requires. */
    public static Set<ComplianceStep> requiredBy(String title) {
        Set<ComplianceStep> steps = EnumSet.noneOf(ComplianceStep.class);
        for (ComplianceStep s : values()) {
            if ((s.standard && title.charAt(0) == '1') || (!s.standard && title.charAt(1) == '1')) {
                steps.add(s);
            }
        }
        return steps;
    }

    /** From InvoiceTypeCode (388, 381 credit, 383 debit) and its name (01... standard, 02... simplified). */
    public static ComplianceStep of(String typeCode, String subtypeName) {
        boolean standard = subtypeName != null && subtypeName.startsWith("01");
        return switch (typeCode) {
            case "381" -> standard ? STANDARD_CREDIT_NOTE : SIMPLIFIED_CREDIT_NOTE;
            case "383" -> standard ? STANDARD_DEBIT_NOTE : SIMPLIFIED_DEBIT_NOTE;
            default -> standard ? STANDARD_INVOICE : SIMPLIFIED_INVOICE;
        };
    }
}
