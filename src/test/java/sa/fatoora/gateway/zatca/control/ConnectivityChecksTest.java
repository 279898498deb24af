package sa.fatoora.gateway.zatca.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.zatca.entity.ProbeAnswer;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** What the connectivity check's answer proves, per the credentials that were sent. */
class ConnectivityChecksTest {

    static String verdict(int status, String scheme, boolean bearer, boolean csid) {
        return ConnectivityChecks.verdict(
                ZatcaEnvironment.SANDBOX, new ProbeAnswer(status, scheme), bearer, csid, true);
    }

    @Test
    void theEmptyDocumentsRejectionProvesTheCredentials() {
        assertNull(verdict(400, null, false, true));
        assertNull(verdict(400, null, true, true));
        assertNull(verdict(400, null, true, false));
    }

    @Test
    void aRefusalNamesWhatWasRefused() {
        assertEquals("ZATCA SANDBOX refused the EGS unit's CSID", verdict(401, "Basic", false, true));
        assertEquals("ZATCA SANDBOX refused the EGS unit's CSID", verdict(401, null, false, true));
        assertEquals("ZATCA SANDBOX refused the OAuth access token", verdict(401, "Bearer", true, true));
        assertEquals("ZATCA SANDBOX refused the OAuth access token", verdict(401, null, true, false));
        assertEquals(
                "ZATCA SANDBOX refused the credentials (OAuth access token or CSID)", verdict(401, null, true, true));
        assertEquals("ZATCA SANDBOX refused the EGS unit's CSID", verdict(401, "Basic", true, true));
    }

    @Test
    void aBearerAloneThatPassedTheOAuthLayerIsAccepted() {
        // the OAuth gateway let the call through; what answered asks for a CSID the unit does not have yet
        assertNull(verdict(401, "Basic", true, false));
    }

    @Test
    void withoutCredentialsNothingIsProvenAndTheReasonSaysWhy() {
        assertEquals(
                "The EGS unit has no active CSID yet; onboard it to check authenticated connectivity",
                verdict(401, "Basic", false, false));
        assertEquals(
                "Authenticated connectivity is checked with an EGS unit's CSID; ask with egsUnitId",
                ConnectivityChecks.verdict(
                        ZatcaEnvironment.SANDBOX, new ProbeAnswer(401, "Basic"), false, false, false));
    }

    @Test
    void aWrongPathIsNotConnectivity() {
        assertEquals(
                "ZATCA SANDBOX answered HTTP 404 to the connectivity check; check its base URL",
                verdict(404, null, false, true));
    }
}
