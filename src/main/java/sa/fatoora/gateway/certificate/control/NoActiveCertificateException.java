package sa.fatoora.gateway.certificate.control;

import java.time.Instant;
import sa.fatoora.gateway.platform.control.ConflictException;

/** The unit cannot sign: it has no ACTIVE certificate (or it has just expired). The detail says how to get one. */
public class NoActiveCertificateException extends ConflictException {

    public static final String CODE = "NO_ACTIVE_CERTIFICATE";

    public NoActiveCertificateException(Long egsUnitId) {
        super(
                CODE,
                "EGS unit " + egsUnitId + " has no active certificate. Onboard it with POST /api/v1/egs-units/"
                        + egsUnitId + "/onboarding and an OTP from the Fatoora portal, or upload a certificate and"
                        + " its private key with POST /api/v1/certificates");
    }

    public NoActiveCertificateException(Long egsUnitId, Instant expiredAt) {
        super(
                CODE,
                "The active certificate of EGS unit " + egsUnitId + " expired at " + expiredAt + ". Renew it with"
                        + " POST /api/v1/egs-units/" + egsUnitId + "/renewal, onboard the unit again with POST"
                        + " /api/v1/egs-units/" + egsUnitId + "/onboarding, or upload a new certificate with POST"
                        + " /api/v1/certificates");
    }
}
