package sa.fatoora.gateway.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Step-1 requests expire (the ITs cannot wait an hour); a step 2 gives them the full time again. */
class OnboardingRequestTest {

    static final Instant T0 = Instant.parse("2025-07-01T09:00:00Z");

    static OnboardingRequest request(Instant expiresAt) {
        return new OnboardingRequest("r", 1L, 2L, "csr", "fp", "sealed", "O", "399999999900003", T0, expiresAt);
    }

    @Test
    void validUntilItsExpiryExclusive() {
        OnboardingRequest r = request(T0.plus(Duration.ofHours(1)));
        assertFalse(r.expired(T0));
        assertFalse(r.expired(T0.plus(Duration.ofMinutes(59))));
        assertTrue(r.expired(T0.plus(Duration.ofHours(1))));
        assertTrue(r.expired(T0.plus(Duration.ofHours(2))));
    }

    @Test
    void stepTwoExtendsTheRequest() {
        OnboardingRequest r = request(T0.plus(Duration.ofHours(1)));
        r.started(7L, T0.plus(Duration.ofHours(3)));
        assertFalse(r.expired(T0.plus(Duration.ofHours(2))));
    }
}
