package sa.fatoora.gateway.zatca.entity;

/** What a submission's HTTP status means (zatca-facts section 4); failures to deliver are exceptions instead. */
public enum FatooraOutcome {
    /** 200. */
    ACCEPTED,
    /** 202: accepted, the warnings must be kept and surfaced. */
    ACCEPTED_WITH_WARNINGS,
    /** 208 (clearance) or 409 (reporting): the same document was accepted earlier. */
    ALREADY_SUBMITTED,
    /** 303: clearance is switched off; the same document goes to reporting. */
    CLEARANCE_DISABLED,
    /** 400: rejected; the document keeps its place in the chain. */
    REJECTED;

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS || this == ALREADY_SUBMITTED;
    }
}
