package sa.fatoora.gateway.onboarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.ComplianceDocument;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.OnboardingKind;
import sa.fatoora.gateway.onboarding.entity.StepKind;
import sa.fatoora.gateway.zatca.control.FatooraRequestRejectedException;
import sa.fatoora.gateway.zatca.control.FatooraUnavailableException;

/**
 * ZATCA's one-request-per-CSR rule in CsrSubmission, with the run, steps and keys kept in memory. The case the
 * simulator cannot produce over HTTP: ZATCA used the CSR but its answer never arrived, so the resent CSR is refused.
 */
class CsrSubmissionTest {

    static final Instant NOW = Instant.parse("2025-07-01T09:00:00Z");

    Onboarding run;
    final List<String> events = new ArrayList<>();
    final List<String> sent = new ArrayList<>();
    CsrSubmission submission;

    @BeforeEach
    void setUp() {
        run = new Onboarding(1L, 2L, OnboardingKind.ONBOARDING, NOW);
        run.useCsr("csr-1", "fp-1", "sealed-1", false, NOW);
        submission = new CsrSubmission();
        submission.runs = new Onboardings() {
            @Override
            public Onboarding update(Long id, Consumer<Onboarding> change) {
                change.accept(run);
                return run;
            }

            @Override
            public Onboarding find(Long id) {
                return run;
            }

            @Override
            public Instant now() {
                return NOW;
            }
        };
        submission.steps = new StepRecorder() {
            @Override
            public Long begin(Long onboardingId, StepKind step, ComplianceDocument document) {
                events.add("begin " + step);
                return (long) events.size();
            }

            @Override
            public void failed(Long stepId, RuntimeException failure) {
                events.add("failed " + failure.getClass().getSimpleName());
            }
        };
        submission.keys = new OnboardingKeys() {
            @Override
            public Onboarding newCsr(Onboarding r, EgsUnit unit) {
                events.add("new CSR");
                r.useCsr("csr-2", "fp-2", "sealed-2", false, NOW);
                return r;
            }
        };
    }

    String send(RuntimeException... failures) {
        List<RuntimeException> script = new ArrayList<>(List.of(failures));
        return submission
                .send(run, null, StepKind.COMPLIANCE_CSID, pem -> {
                    sent.add(pem);
                    if (!script.isEmpty()) {
                        throw script.remove(0);
                    }
                    return "issued for " + pem;
                })
                .answer();
    }

    static FatooraRequestRejectedException rejected(String code) {
        return new FatooraRequestRejectedException(400, code, "refused");
    }

    @Test
    void aCsrWhoseAnswerWasLostIsReplacedOnceWhenZatcaRefusesIt() {
        run.csrSent(true);
        assertEquals("issued for csr-2", send(rejected("Invalid-CSR")));
        assertEquals(List.of("csr-1", "csr-2"), sent);
        assertEquals(
                List.of(
                        "begin COMPLIANCE_CSID",
                        "failed FatooraRequestRejectedException",
                        "new CSR",
                        "begin COMPLIANCE_CSID"),
                events);
    }

    @Test
    void aFreshCsrRefusedIsDroppedAndTheRefusalAnswered() {
        var e = assertThrows(FatooraRequestRejectedException.class, () -> send(rejected("Invalid-CSR")));
        assertEquals(400, e.status());
        assertEquals(List.of("csr-1"), sent);
        assertNull(run.getCsrPem(), "the next attempt makes a new CSR");
    }

    @Test
    void theReplacementIsTriedOnlyOnce() {
        run.csrSent(true);
        assertThrows(
                FatooraRequestRejectedException.class, () -> send(rejected("Invalid-CSR"), rejected("Invalid-CSR")));
        assertEquals(List.of("csr-1", "csr-2"), sent);
        assertNull(run.getCsrPem());
    }

    @Test
    void anOtpRefusalKeepsTheCsr() {
        var e = assertThrows(FatooraRequestRejectedException.class, () -> send(rejected("Invalid-OTP")));
        assertEquals(403, e.status());
        assertEquals("csr-1", run.getCsrPem());
    }

    @Test
    void anUnansweredCallKeepsTheCsrMarkedAsSent() {
        assertThrows(FatooraUnavailableException.class, () -> send(new FatooraUnavailableException("not reached")));
        assertEquals("csr-1", run.getCsrPem());
        assertTrue(run.isCsrSent());
    }

    @Test
    void aClientsCsrIsNeverReplaced() {
        run.useCsr("client-csr", "fp", "sealed", true, NOW);
        run.csrSent(true);
        var e = assertThrows(CsrAlreadySubmittedException.class, () -> send(rejected("Invalid-CSR")));
        assertEquals(409, e.status());
        assertEquals(List.of("client-csr"), sent);
        assertNull(run.getCsrPem());
    }
}
