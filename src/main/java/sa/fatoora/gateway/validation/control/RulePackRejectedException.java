package sa.fatoora.gateway.validation.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/**
 * An uploaded rule pack zip that is refused as a whole: hostile (path traversal, zip bomb), too large, or useless (not
 * a zip, no rules). One stable code for all; {@link #reason()} says which refusal it was so callers and tests need not
 * parse the message. Size refusals are 413, the rest 400. The message names the offending entry (control characters
 * escaped, long names cut) and never file contents.
 */
public class RulePackRejectedException extends GatewayException {

    public static final String CODE = "RULE_PACK_REJECTED";

    /** Why the zip was refused; the HTTP status follows from it. */
    public enum Reason {
        NOT_A_ZIP(400),
        DAMAGED_ZIP(400),
        UNSAFE_ENTRY_NAME(400),
        UPLOAD_TOO_LARGE(413),
        EXPANDS_TOO_LARGE(413),
        FILE_TOO_LARGE(413),
        KEPT_TOO_LARGE(413),
        TOO_MANY_ENTRIES(413),
        COMPRESSION_RATIO(400),
        DUPLICATE_ENTRY(400),
        TWO_DATA_ROOTS(400),
        MISSING_RULES(400),
        AMBIGUOUS_RULES(400);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public RulePackRejectedException(Reason reason, String detail) {
        super(CODE, reason.status, reason.status == 413 ? "Rule pack too large" : "Rule pack rejected", detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
