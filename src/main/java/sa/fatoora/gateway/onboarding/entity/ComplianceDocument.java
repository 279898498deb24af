package sa.fatoora.gateway.onboarding.entity;

import java.util.Arrays;
import java.util.List;
import sa.fatoora.gateway.egs.entity.Functionality;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

/**
 * The documents of the compliance checks, in the order they are submitted. A title (functionality) requires
 * the standard three (1000), the simplified three (0100) or all six (1100), zatca-facts section 3.
 */
public enum ComplianceDocument {
    STANDARD_INVOICE(InvoiceSubtype.STANDARD, DocumentType.TAX_INVOICE),
    STANDARD_CREDIT_NOTE(InvoiceSubtype.STANDARD, DocumentType.CREDIT_NOTE),
    STANDARD_DEBIT_NOTE(InvoiceSubtype.STANDARD, DocumentType.DEBIT_NOTE),
    SIMPLIFIED_INVOICE(InvoiceSubtype.SIMPLIFIED, DocumentType.TAX_INVOICE),
    SIMPLIFIED_CREDIT_NOTE(InvoiceSubtype.SIMPLIFIED, DocumentType.CREDIT_NOTE),
    SIMPLIFIED_DEBIT_NOTE(InvoiceSubtype.SIMPLIFIED, DocumentType.DEBIT_NOTE);

    private final InvoiceSubtype subtype;
    private final DocumentType type;

    ComplianceDocument(InvoiceSubtype subtype, DocumentType type) {
        this.subtype = subtype;
        this.type = type;
    }

    public InvoiceSubtype subtype() {
        return subtype;
    }

    public DocumentType type() {
        return type;
    }

    public static List<ComplianceDocument> requiredBy(Functionality functionality) {
        return Arrays.stream(values())
                .filter(d -> d.subtype == InvoiceSubtype.STANDARD
                        ? functionality.issuesStandard()
                        : functionality.issuesSimplified())
                .toList();
    }
}
