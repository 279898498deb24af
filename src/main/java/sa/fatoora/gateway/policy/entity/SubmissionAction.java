package sa.fatoora.gateway.policy.entity;

/**
 * What the gateway does with a signed document at Fatoora. The mixed flow is a clearance followed by an automatic
 * report of the same document; it is allowed where both halves are.
 */
public enum SubmissionAction {
    CLEARANCE("clearance"),
    REPORTING("reporting"),
    CLEARANCE_AND_REPORTING("clearance followed by reporting");

    private final String wording;

    SubmissionAction(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }

    /** ZATCA's rule: standard (B2B) documents are cleared, simplified (B2C) documents reported. */
    public static SubmissionAction defaultFor(InvoiceSubtype subtype) {
        return subtype == InvoiceSubtype.STANDARD ? CLEARANCE : REPORTING;
    }

    public boolean clears() {
        return this != REPORTING;
    }
}
