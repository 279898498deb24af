package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.OnboardingKind;
import sa.fatoora.gateway.onboarding.entity.OnboardingView;
import sa.fatoora.gateway.platform.control.ConflictException;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;

/** Onboarding and renewal of a tenant's EGS unit: the preconditions, the lease around the flow, the answer. */
@ApplicationScoped
public class OnboardingService {

    @Inject
    EgsUnitService units;

    @Inject
    Onboardings runs;

    @Inject
    OnboardingFlow flow;

    @Inject
    CertificateStore certificates;

    @Inject
    StepRecorder steps;

    /** A unit without an active certificate to a production CSID; resumes the unit's unfinished run if any. */
    public OnboardingView onboard(Long tenantId, Long unitId, String otp) {
        EgsUnit unit = units.find(tenantId, unitId);
        requireNotOnboarded(unit);
        return view(execute(unit, OnboardingKind.ONBOARDING, null, false, otp, UnaryOperator.identity()));
    }

    /** A new production CSID for a unit whose current one came from ZATCA; resumes an unfinished renewal. */
    public OnboardingView renew(Long tenantId, Long unitId, String otp) {
        EgsUnit unit = units.find(tenantId, unitId);
        certificates
                .active(unitId)
                .filter(c -> c.kind() == CertificateKind.PRODUCTION)
                .orElseThrow(() -> new ConflictException(
                        "EGS_UNIT_NOT_ONBOARDED",
                        "EGS unit " + unitId + " has no active production CSID to renew; onboard it with POST"
                                + " /api/v1/egs-units/" + unitId + "/onboarding"));
        return view(execute(unit, OnboardingKind.RENEWAL, null, false, otp, UnaryOperator.identity()));
    }

    public void requireNotOnboarded(EgsUnit unit) {
        if (certificates.active(unit.getId()).isPresent()) {
            throw new ConflictException(
                    "EGS_UNIT_ALREADY_ONBOARDED",
                    "EGS unit " + unit.getId() + " has an active certificate; renew it with POST /api/v1/egs-units/"
                            + unit.getId() + "/renewal");
        }
    }

    /**
     * Leases the run (409 while another request runs one for the unit), runs the flow, releases the lease.
     *
     * @param prepare what the caller does with the leased run before the flow starts (the two-step endpoint binds
     *                its client's CSR)
     */
    public Onboarding execute(
            EgsUnit unit,
            OnboardingKind kind,
            Long runId,
            boolean clientCsr,
            String otp,
            UnaryOperator<Onboarding> prepare) {
        Onboarding run = runs.acquire(unit.getTenantId(), unit.getId(), kind, runId, clientCsr);
        try {
            return flow.run(prepare.apply(run), unit, otp);
        } finally {
            runs.release(run.getId());
        }
    }

    public OnboardingView latest(Long tenantId, Long unitId) {
        units.find(tenantId, unitId);
        return view(runs.latest(unitId)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "EGS unit " + unitId + " has not been onboarded or renewed yet")));
    }

    public OnboardingView view(Onboarding run) {
        Onboarding fresh = runs.find(run.getId());
        return new OnboardingView(
                fresh.getId(),
                fresh.getEgsUnitId(),
                fresh.getKind(),
                fresh.getStatus(),
                fresh.getCreatedAt(),
                fresh.getCompletedAt(),
                certificate(fresh),
                steps.steps(fresh.getId()));
    }

    private CertificateView certificate(Onboarding run) {
        if (run.getProductionCertificateId() == null) {
            return null;
        }
        return certificates.get(run.getTenantId(), run.getProductionCertificateId());
    }
}
