package sa.fatoora.gateway.pdf.entity;

/**
 * Where the printed document stands with ZATCA; everything but CLEARED and REPORTED is marked on the page, since such
 * a PDF is not (yet) a valid tax invoice.
 */
public enum DocumentState {
    CLEARED(null, null),
    REPORTED(null, null),
    NOT_YET_CLEARED(
            "NOT YET CLEARED BY ZATCA: not a valid tax invoice yet",
            "لم تعتمد من هيئة الزكاة بعد: ليست فاتورة ضريبية نافذة"),
    NOT_YET_REPORTED("NOT YET REPORTED TO ZATCA", "لم يبلغ عنها لهيئة الزكاة بعد"),
    REJECTED("REJECTED BY ZATCA: not a valid tax invoice", "رفضتها هيئة الزكاة: ليست فاتورة ضريبية نافذة"),
    /** A document brought to POST /api/v1/pdf: the gateway does not know what ZATCA made of it. */
    SUBMITTED_ELSEWHERE(null, null);

    private final String english;
    private final String arabic;

    DocumentState(String english, String arabic) {
        this.english = english;
        this.arabic = arabic;
    }

    /** The warning printed on the page, or null. */
    public String english() {
        return english;
    }

    public String arabic() {
        return arabic;
    }
}
