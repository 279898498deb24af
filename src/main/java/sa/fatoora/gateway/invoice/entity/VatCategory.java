package sa.fatoora.gateway.invoice.entity;

/** UNTDID 5305 VAT categories allowed in KSA (BR-KSA-18). */
public enum VatCategory {
    /** Standard rated: 15 %, or 5 % for supplies made under the old rate (BR-KSA-84). */
    S,
    /** Zero rated. */
    Z,
    /** Exempt from VAT. */
    E,
    /** Not subject to VAT (out of scope). */
    O;

    /** The category for a request's code, or {@code null} when the code is not one of S, Z, E, O. */
    public static VatCategory fromCode(String code) {
        if (code == null || code.length() != 1) {
            return null;
        }
        return switch (code.charAt(0)) {
            case 'S' -> S;
            case 'Z' -> Z;
            case 'E' -> E;
            case 'O' -> O;
            default -> null;
        };
    }

    public boolean needsExemptionReason() {
        return this != S;
    }
}
