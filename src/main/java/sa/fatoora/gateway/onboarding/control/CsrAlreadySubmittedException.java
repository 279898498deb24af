package sa.fatoora.gateway.onboarding.control;

import sa.fatoora.gateway.platform.control.ConflictException;

/** A CSR can be used for one request only (zatca-facts section 5): this one was submitted before. */
public class CsrAlreadySubmittedException extends ConflictException {

    public CsrAlreadySubmittedException(String detail) {
        super("CSR_ALREADY_SUBMITTED", detail);
    }
}
