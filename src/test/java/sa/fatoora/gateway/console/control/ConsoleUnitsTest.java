package sa.fatoora.gateway.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.onboarding.entity.OnboardingStatus;

class ConsoleUnitsTest {

    @Test
    void anActiveCertificateMeansOnboardedWhateverTheLatestRunSays() {
        assertEquals("ACTIVE", ConsoleUnits.state(true, null));
        assertEquals("ACTIVE", ConsoleUnits.state(true, OnboardingStatus.FAILED), "a failed renewal keeps the old one");
    }

    @Test
    void withoutOneTheLatestRunTells() {
        assertEquals("NOT_ONBOARDED", ConsoleUnits.state(false, null));
        assertEquals("FAILED", ConsoleUnits.state(false, OnboardingStatus.FAILED));
        assertEquals("IN_PROGRESS", ConsoleUnits.state(false, OnboardingStatus.IN_PROGRESS));
        assertEquals(
                "NO_ACTIVE_CERTIFICATE", ConsoleUnits.state(false, OnboardingStatus.COMPLETED), "revoked or expired");
        assertEquals("NO_ACTIVE_CERTIFICATE", ConsoleUnits.state(false, OnboardingStatus.ABANDONED));
    }
}
