package sa.fatoora.gateway.policy.entity;

/** First two digits of the invoice transaction code (KSA-2): B2B documents are cleared, B2C documents reported. */
public enum InvoiceSubtype {
    STANDARD("01"),
    SIMPLIFIED("02");

    private final String code;

    InvoiceSubtype(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
