package sa.fatoora.gateway.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a run remembers between attempts, and what a new CSR or compliance CSID resets. */
class OnboardingTest {

    static final Instant NOW = Instant.parse("2025-07-01T09:00:00Z");

    @Test
    void aNewComplianceCsidStartsTheChecksAndTheirChainAgain() {
        Onboarding run = new Onboarding(1L, 2L, OnboardingKind.ONBOARDING, NOW);
        run.useCsr("pem", "fp", "sealed", false, NOW);
        run.complianceCsid(10L, 1234567890123L, NOW);
        run.chainAdvanced(1, "hash-1");
        run.passed(ComplianceDocument.STANDARD_INVOICE);
        assertTrue(run.hasPassed(ComplianceDocument.STANDARD_INVOICE));
        assertFalse(run.hasPassed(ComplianceDocument.STANDARD_CREDIT_NOTE));

        run.complianceCsid(11L, 1234567890124L, NOW);
        assertFalse(run.hasPassed(ComplianceDocument.STANDARD_INVOICE));
        assertEquals(0, run.getChainIcv());
        assertNull(run.getChainHash());
    }

    @Test
    void aNewCsrForgetsTheComplianceCsidObtainedWithTheOldOne() {
        Onboarding run = new Onboarding(1L, 2L, OnboardingKind.ONBOARDING, NOW);
        run.useCsr("pem", "fp", "sealed", false, NOW);
        run.csrSent(true);
        run.complianceCsid(10L, 1L, NOW);
        run.dropCsr(NOW);
        assertNull(run.getCsrPem());
        run.useCsr("pem2", "fp2", "sealed2", false, NOW);
        assertNull(run.getComplianceCertificateId());
        assertFalse(run.isCsrSent());
    }

    @Test
    void aLeaseHoldsUntilItEnds() {
        Onboarding run = new Onboarding(1L, 2L, OnboardingKind.RENEWAL, NOW);
        assertFalse(run.leased(NOW));
        run.lease(NOW.plusSeconds(600));
        assertTrue(run.leased(NOW.plusSeconds(599)));
        assertFalse(run.leased(NOW.plusSeconds(600)));
        run.completed(5L, NOW);
        assertFalse(run.leased(NOW));
        assertEquals(OnboardingStatus.COMPLETED, run.getStatus());
        assertFalse(run.getStatus().open());
    }
}
