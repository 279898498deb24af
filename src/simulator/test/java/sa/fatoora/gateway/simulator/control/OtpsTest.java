package sa.fatoora.gateway.simulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.simulator.control.Otps.Verdict;
import sa.fatoora.gateway.simulator.entity.SimOtp;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

class OtpsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void configuredOtpsAreSingleUseExceptOnTheDeveloperPortal() {
        SimOtp used = new SimOtp("simulation", "h", NOW, NOW);
        assertEquals(Verdict.ACCEPTED, Otps.decide(ZatcaEnvironment.SIMULATION, true, Optional.empty(), NOW));
        assertEquals(Verdict.INVALID, Otps.decide(ZatcaEnvironment.SIMULATION, true, Optional.of(used), NOW));
        assertEquals(Verdict.ACCEPTED, Otps.decide(ZatcaEnvironment.SANDBOX, true, Optional.of(used), NOW));
    }

    @Test
    void generatedOtpsLastOneHourAndOneUse() {
        SimOtp fresh = new SimOtp("core", "h", NOW.minus(Duration.ofMinutes(59)), null);
        SimOtp old = new SimOtp("core", "h", NOW.minus(Duration.ofMinutes(61)), null);
        SimOtp used = new SimOtp("core", "h", NOW.minus(Duration.ofMinutes(5)), NOW.minus(Duration.ofMinutes(1)));
        assertEquals(Verdict.ACCEPTED, Otps.decide(ZatcaEnvironment.PRODUCTION, false, Optional.of(fresh), NOW));
        assertEquals(Verdict.INVALID, Otps.decide(ZatcaEnvironment.PRODUCTION, false, Optional.of(old), NOW));
        assertEquals(Verdict.INVALID, Otps.decide(ZatcaEnvironment.PRODUCTION, false, Optional.of(used), NOW));
        assertEquals(Verdict.INVALID, Otps.decide(ZatcaEnvironment.PRODUCTION, false, Optional.empty(), NOW));
    }
}
