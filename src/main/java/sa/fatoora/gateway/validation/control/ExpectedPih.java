package sa.fatoora.gateway.validation.control;

import java.util.Base64;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

/** The previous invoice hash a caller expects a document to carry: checked for form before anything is validated. */
public final class ExpectedPih {

    // a hash is 44 base64 characters; the chain's first PIH (hex text, base64) is 88
    static final int MAX_LENGTH = 128;

    private ExpectedPih() {}

    /** Nothing to check (null), or a base64 value of at most 128 characters; else a 400 saying which. */
    public static void check(String pih) {
        if (pih == null) {
            return;
        }
        if (pih.isBlank() || pih.length() > MAX_LENGTH) {
            throw ValidationFailedException.of(
                    "pih", "pih must be a base64 hash of at most " + MAX_LENGTH + " characters");
        }
        try {
            Base64.getDecoder().decode(pih);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("pih", "pih is not valid base64");
        }
    }
}
