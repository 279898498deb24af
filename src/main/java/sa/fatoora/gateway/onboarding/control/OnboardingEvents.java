package sa.fatoora.gateway.onboarding.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.OnboardingStep;
import sa.fatoora.gateway.onboarding.entity.StepStatus;

/**
 * {@code onboarding.completed} (the production certificate is ACTIVE) and {@code onboarding.failed} (a run stopped
 * at a step; a retry resumes there), published in the transaction that sets the run's status. A failure names the
 * step that failed and what Fatoora said.
 */
@ApplicationScoped
public class OnboardingEvents {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Events events;

    void completed(Onboarding run) {
        JsonObjectBuilder data = base(run).add("productionCertificateId", run.getProductionCertificateId());
        events.publish(run.getTenantId(), EventType.ONBOARDING_COMPLETED, subject(run), data.build());
    }

    void failed(Onboarding run) {
        JsonObjectBuilder data = base(run);
        List<OnboardingStep> steps = em.createNamedQuery(OnboardingStep.OF, OnboardingStep.class)
                .setParameter("onboardingId", run.getId())
                .getResultList();
        steps.stream()
                .filter(s -> s.getStatus() == StepStatus.FAILED)
                .reduce((first, second) -> second)
                .ifPresent(s -> {
                    data.add("failedStep", s.getStep().name());
                    if (s.getDocument() != null) {
                        data.add("document", s.getDocument().name());
                    }
                    if (s.getHttpStatus() != null) {
                        data.add("httpStatus", s.getHttpStatus());
                    }
                    if (s.getSummary() != null) {
                        data.add("summary", s.getSummary());
                    }
                });
        events.publish(run.getTenantId(), EventType.ONBOARDING_FAILED, subject(run), data.build());
    }

    private static JsonObjectBuilder base(Onboarding run) {
        return JSON.createObjectBuilder()
                .add("onboardingId", run.getId())
                .add("egsUnitId", run.getEgsUnitId())
                .add("kind", run.getKind().name())
                .add("status", run.getStatus().name())
                .add(
                        "links",
                        JSON.createObjectBuilder()
                                .add("onboarding", "/api/v1/egs-units/" + run.getEgsUnitId() + "/onboarding")
                                .add("certificates", "/api/v1/egs-units/" + run.getEgsUnitId() + "/certificates"));
    }

    private static String subject(Onboarding run) {
        return AuditType.subject("onboarding", run.getId());
    }
}
