package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.onboarding.entity.ComplianceDocument;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.OnboardingStep;
import sa.fatoora.gateway.onboarding.entity.StepKind;
import sa.fatoora.gateway.onboarding.entity.StepStatus;
import sa.fatoora.gateway.onboarding.entity.StepView;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.zatca.control.FatooraRequestRejectedException;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;
import sa.fatoora.gateway.zatca.entity.FatooraResult;

/**
 * Records each step of an onboarding in its own transaction, so that what finished stays recorded whatever
 * happens next. FG_ONBOARDING_STEP stays the onboarding's working state (one row per step, counting attempts, as
 * the API shows it); each finished attempt is also a record of the audit trail (ONBOARDING_STEP_ plus the step,
 * subject onboarding:id). Summaries hold ZATCA's words (status, rule codes, messages), never credentials or key material.
 */
@ApplicationScoped
public class StepRecorder {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Starts an attempt of a step: its row is created at the first attempt and counts every later one. */
    public Long begin(Long onboardingId, StepKind step, ComplianceDocument document) {
        return tx.required(() -> {
            OnboardingStep row = rows(onboardingId).stream()
                    .filter(s -> s.getStep() == step && Objects.equals(s.getDocument(), document))
                    .findFirst()
                    .orElseGet(() -> {
                        OnboardingStep created = new OnboardingStep(onboardingId, step, document);
                        em.persist(created);
                        return created;
                    });
            row.attempt(clock.instant());
            em.flush();
            return row.getId();
        });
    }

    public void done(Long stepId, Integer httpStatus, String zatcaStatus, String summary) {
        finish(stepId, StepStatus.DONE, httpStatus, zatcaStatus, summary);
    }

    public void result(Long stepId, FatooraResult result) {
        finish(
                stepId,
                result.outcome().accepted() && result.errors().isEmpty() ? StepStatus.DONE : StepStatus.FAILED,
                result.httpStatus(),
                result.status() != null ? result.status() : result.outcome().name(),
                summary(result.messages()));
    }

    /**
     * The step failed. One of our problems keeps its code and detail (already safe for the caller); anything else
     * is recorded without its message, which may carry internals.
     */
    public void failed(Long stepId, RuntimeException failure) {
        if (!(failure instanceof GatewayException e)) {
            finish(stepId, StepStatus.FAILED, null, "INTERNAL_ERROR", "The gateway failed at this step");
            return;
        }
        Integer status = e instanceof FatooraRequestRejectedException r ? r.fatooraStatus() : null;
        String word =
                e instanceof FatooraRequestRejectedException r && r.fatooraCode() != null ? r.fatooraCode() : e.code();
        finish(stepId, StepStatus.FAILED, status, word, e.getMessage());
    }

    public List<StepView> steps(Long onboardingId) {
        return rows(onboardingId).stream().map(StepView::of).toList();
    }

    private void finish(Long stepId, StepStatus status, Integer httpStatus, String zatcaStatus, String summary) {
        tx.required(() -> {
            OnboardingStep step = em.find(OnboardingStep.class, stepId);
            step.finish(status, httpStatus, zatcaStatus, summary, clock.instant());
            Onboarding onboarding = em.find(Onboarding.class, step.getOnboardingId());
            audit.record(
                    onboarding == null ? null : onboarding.getTenantId(),
                    onboarding == null ? null : onboarding.getEgsUnitId(),
                    AuditType.subject("onboarding", step.getOnboardingId()),
                    AuditType.ONBOARDING_STEP_PREFIX + step.getStep().name(),
                    status == StepStatus.DONE ? AuditOutcome.SUCCEEDED : AuditOutcome.FAILED,
                    auditDetail(step));
        });
    }

    /**
     * "STEP[ DOCUMENT] STATUS[ http N][ ZATCA_STATUS][: summary]": the form 0005-audit-trail.xml gives the steps it
     * copies from before the audit trail.
     */
    static String auditDetail(OnboardingStep s) {
        return s.getStep() + (s.getDocument() == null ? "" : " " + s.getDocument()) + " " + s.getStatus()
                + (s.getHttpStatus() == null ? "" : " http " + s.getHttpStatus())
                + (s.getZatcaStatus() == null ? "" : " " + s.getZatcaStatus())
                + (s.getSummary() == null ? "" : ": " + s.getSummary());
    }

    private List<OnboardingStep> rows(Long onboardingId) {
        return em.createNamedQuery(OnboardingStep.OF, OnboardingStep.class)
                .setParameter("onboardingId", onboardingId)
                .getResultList();
    }

    /** Warnings and errors as "TYPE code: message"; info messages say nothing a user needs. */
    static String summary(List<FatooraMessage> messages) {
        String s = messages.stream()
                .filter(m -> m.isError() || m.isWarning())
                .map(m -> m.type() + " " + m.code() + (m.message() == null ? "" : ": " + m.message()))
                .collect(Collectors.joining("; "));
        return s.isEmpty() ? null : s;
    }
}
