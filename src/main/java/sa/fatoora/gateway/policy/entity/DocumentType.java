package sa.fatoora.gateway.policy.entity;

/** UN/CEFACT 1001 invoice type codes that ZATCA accepts (BR-KSA-05). */
public enum DocumentType {
    TAX_INVOICE("388"),
    DEBIT_NOTE("383"),
    CREDIT_NOTE("381"),
    PREPAYMENT("386");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isNote() {
        return this == DEBIT_NOTE || this == CREDIT_NOTE;
    }
}
