package sa.fatoora.gateway.pdf.entity;

/** The document's title in both languages, from InvoiceTypeCode (388/381/383/386) and its name's subtype (01/02). */
public enum DocumentKind {
    STANDARD_INVOICE("Tax Invoice", "فاتورة ضريبية"),
    SIMPLIFIED_INVOICE("Simplified Tax Invoice", "فاتورة ضريبية مبسطة"),
    STANDARD_CREDIT_NOTE("Credit Note", "إشعار دائن"),
    SIMPLIFIED_CREDIT_NOTE("Simplified Credit Note", "إشعار دائن مبسط"),
    STANDARD_DEBIT_NOTE("Debit Note", "إشعار مدين"),
    SIMPLIFIED_DEBIT_NOTE("Simplified Debit Note", "إشعار مدين مبسط"),
    STANDARD_PREPAYMENT("Prepayment Tax Invoice", "فاتورة ضريبية لدفعة مقدمة"),
    SIMPLIFIED_PREPAYMENT("Simplified Prepayment Invoice", "فاتورة ضريبية مبسطة لدفعة مقدمة");

    private final String english;
    private final String arabic;

    DocumentKind(String english, String arabic) {
        this.english = english;
        this.arabic = arabic;
    }

    public String english() {
        return english;
    }

    public String arabic() {
        return arabic;
    }

    public boolean simplified() {
        return name().startsWith("SIMPLIFIED");
    }

    public boolean note() {
        return this == STANDARD_CREDIT_NOTE
                || this == SIMPLIFIED_CREDIT_NOTE
                || this == STANDARD_DEBIT_NOTE
                || this == SIMPLIFIED_DEBIT_NOTE;
    }

    public static DocumentKind of(String typeCode, String typeName) {
        boolean simplified = typeName != null && typeName.startsWith("02");
        String code = typeCode == null ? "" : typeCode.strip();
        return switch (code) {
            case "381" -> simplified ? SIMPLIFIED_CREDIT_NOTE : STANDARD_CREDIT_NOTE;
            case "383" -> simplified ? SIMPLIFIED_DEBIT_NOTE : STANDARD_DEBIT_NOTE;
            case "386" -> simplified ? SIMPLIFIED_PREPAYMENT : STANDARD_PREPAYMENT;
            default -> simplified ? SIMPLIFIED_INVOICE : STANDARD_INVOICE;
        };
    }
}
