package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.LegacyStepOne;
import sa.fatoora.gateway.onboarding.entity.LegacyStepTwo;
import sa.fatoora.gateway.onboarding.entity.LegacySubmission;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.OnboardingKind;
import sa.fatoora.gateway.onboarding.entity.OnboardingRequest;
import sa.fatoora.gateway.onboarding.entity.OnboardingStatus;
import sa.fatoora.gateway.onboarding.entity.StepKind;
import sa.fatoora.gateway.onboarding.entity.StepView;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

/**
 * The product's original two-step onboarding: step 1 registers the client's CSR and key, step 2 runs the same flow
 * as {@code POST /api/v1/egs-units/{id}/onboarding} with them. A completed step 2 answers its stored result again.
 */
@ApplicationScoped
public class LegacyOnboarding {

    static final String NEXT_STEP = "Get a one-time password (OTP) for this EGS unit's environment from the Fatoora"
            + " portal, then POST to this endpoint again with request_id and otp before expires_at.";

    @Inject
    LegacyRequests requests;

    @Inject
    EgsUnitService units;

    @Inject
    OnboardingService onboarding;

    @Inject
    Onboardings runs;

    @Inject
    StepRecorder steps;

    @Inject
    CertificateStore certificates;

    public LegacyStepOne register(Long tenantId, LegacySubmission submission) {
        OnboardingRequest r = requests.register(tenantId, submission);
        return new LegacyStepOne(r.getRequestId(), r.getEgsUnitId(), r.getExpiresAt(), NEXT_STEP);
    }

    public LegacyStepTwo complete(Long tenantId, LegacySubmission submission) {
        OnboardingRequest request = requests.find(tenantId, submission.requestId());
        if (request.getOnboardingId() != null) {
            Onboarding done = runs.find(request.getOnboardingId());
            if (done.getStatus() == OnboardingStatus.COMPLETED) {
                return answer(request, done);
            }
        }
        if (requests.expired(request)) {
            throw OnboardingRequestException.expired(request.getRequestId());
        }
        if (submission.otp() == null || submission.otp().isBlank()) {
            throw ValidationFailedException.of("/otp", "is required in step 2, with request_id");
        }
        EgsUnit unit = units.find(tenantId, request.getEgsUnitId());
        onboarding.requireNotOnboarded(unit);
        Onboarding run = onboarding.execute(
                unit,
                OnboardingKind.ONBOARDING,
                request.getOnboardingId(),
                true,
                submission.otp().strip(),
                leased -> bind(request, leased));
        return answer(request, run);
    }

    /** At the first step 2 the run takes the request's CSR and sealed key: that is its KEY_AND_CSR step. */
    private Onboarding bind(OnboardingRequest request, Onboarding run) {
        requests.started(request, run.getId());
        if (request.getOnboardingId() != null) {
            return run;
        }
        Long stepId = steps.begin(run.getId(), StepKind.KEY_AND_CSR, null);
        Onboarding bound = runs.update(
                run.getId(),
                r -> r.useCsr(
                        request.getCsrPem(), request.getCsrFingerprint(), request.getSealedKey(), true, runs.now()));
        steps.done(
                stepId,
                null,
                null,
                "the client's CSR and private key from step 1 (request " + request.getRequestId() + ")");
        return bound;
    }

    private LegacyStepTwo answer(OnboardingRequest request, Onboarding run) {
        List<StepView> recorded = steps.steps(run.getId());
        CertificateView certificate = certificates.get(request.getTenantId(), run.getProductionCertificateId());
        String disposition = recorded.stream()
                .filter(s -> s.step() == StepKind.PRODUCTION_CSID)
                .map(StepView::zatcaStatus)
                .findFirst()
                .orElse(null);
        return new LegacyStepTwo(
                request.getRequestId(),
                request.getEgsUnitId(),
                run.getStatus(),
                certificate.id(),
                X509Certificates.toPem(X509Certificates.fromBase64Der(certificates
                        .signingIdentityOf(certificate.id())
                        .certificate()
                        .base64Der())),
                new LegacyStepTwo.ZatcaResponse(certificate.requestId(), disposition, recorded));
    }
}
