package sa.fatoora.gateway.audit.entity;

/** How an audited event ended. */
public enum AuditOutcome {
    /** It happened as asked (a key issued, a document signed, ZATCA accepted, a step done). */
    SUCCEEDED,
    /** A rule refused it before anything was done (a policy decision). */
    REFUSED,
    /** It was tried and did not work (ZATCA rejected, a step failed). */
    FAILED,
    /** Something began whose end is recorded separately (an onboarding step copied while still running). */
    STARTED
}
