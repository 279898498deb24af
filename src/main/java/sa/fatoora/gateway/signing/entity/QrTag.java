package sa.fatoora.gateway.signing.entity;

/** The tags of ZATCA's phase 2 QR TLV; text tags are UTF-8, the others raw bytes. */
public enum QrTag {
    SELLER_NAME(1, true),
    VAT_NUMBER(2, true),
    TIMESTAMP(3, true),
    TOTAL_WITH_VAT(4, true),
    VAT_TOTAL(5, true),
    INVOICE_HASH(6, true),
    SIGNATURE(7, true),
    PUBLIC_KEY(8, false),
    CERTIFICATE_SIGNATURE(9, false);

    private final int number;
    private final boolean text;

    QrTag(int number, boolean text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    public boolean isText() {
        return text;
    }
}
