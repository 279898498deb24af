package sa.fatoora.gateway.certificate.control;

import sa.fatoora.gateway.platform.control.ConflictException;

/** The certificate was uploaded without a CSID secret, so it can sign but not authenticate to Fatoora. */
public class NoCsidException extends ConflictException {

    public NoCsidException(Long egsUnitId, Long certificateId) {
        super(
                "NO_CSID",
                "Certificate " + certificateId + " of EGS unit " + egsUnitId + " has no CSID secret, so"
                        + " documents cannot be sent to Fatoora with it. Upload it again with its \"csidSecret\""
                        + " (POST /api/v1/certificates), or onboard the unit with POST /api/v1/egs-units/"
                        + egsUnitId + "/onboarding");
    }
}
