package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.StepKind;
import sa.fatoora.gateway.zatca.control.FatooraRequestRejectedException;

/**
 * Sends a run's CSR to Fatoora (compliance CSID or renewal) under ZATCA's rule that a CSR serves one request only.
 * A call whose answer never came may have used the CSR up: if Fatoora then refuses it, the gateway makes a fresh
 * key and CSR and sends once more with the same OTP. Any other refusal drops the CSR, so the next attempt gets a
 * new one; an OTP refusal keeps it (it says nothing about the CSR). A client's own CSR is never replaced.
 */
@ApplicationScoped
public class CsrSubmission {

    @Inject
    Onboardings runs;

    @Inject
    StepRecorder steps;

    @Inject
    OnboardingKeys keys;

    @FunctionalInterface
    public interface Call<T> {
        T send(String csrPem);
    }

    /** The answer, the run as it stands after sending, and the step that is still open for the caller to close. */
    public record Sent<T>(Onboarding run, Long stepId, T answer) {}

    public <T> Sent<T> send(Onboarding run, EgsUnit unit, StepKind step, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            boolean sentBefore = run.isCsrSent();
            Long stepId = steps.begin(run.getId(), step, null);
            Onboarding sending = runs.update(run.getId(), r -> r.csrSent(true));
            try {
                return new Sent<>(sending, stepId, call.send(sending.getCsrPem()));
            } catch (FatooraRequestRejectedException e) {
                steps.failed(stepId, e);
                if (e.status() == 403) {
                    throw e;
                }
                runs.update(run.getId(), r -> r.dropCsr(runs.now()));
                if (run.isClientCsr()) {
                    throw "Invalid-CSR".equals(e.fatooraCode())
                            ? new CsrAlreadySubmittedException("ZATCA refused the CSR (" + e.getMessage()
                                    + "); a CSR serves one request only: start again at step 1 with a new CSR")
                            : e;
                }
                if (!sentBefore || attempt > 1) {
                    throw e;
                }
                run = keys.newCsr(runs.find(run.getId()), unit);
            } catch (RuntimeException e) {
                steps.failed(stepId, e);
                throw e;
            }
        }
    }
}
