package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.OnboardingKind;
import sa.fatoora.gateway.onboarding.entity.OnboardingStatus;
import sa.fatoora.gateway.onboarding.entity.StepKind;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.zatca.control.CsidSource;
import sa.fatoora.gateway.zatca.control.FatooraClient;
import sa.fatoora.gateway.zatca.control.FatooraRequestRejectedException;
import sa.fatoora.gateway.zatca.entity.CsidRenewal;
import sa.fatoora.gateway.zatca.entity.IssuedCsid;

/**
 * Runs the steps of an onboarding (or renewal) that are not done yet, in order: KEY_AND_CSR, COMPLIANCE_CSID (or
 * RENEWAL_CSID), COMPLIANCE_CHECK per document, PRODUCTION_CSID, ACTIVE. What a step obtains is saved before the
 * next begins, so a retry after any failure resumes at the failed step; a failing step is recorded and its problem
 * thrown. Fatoora is called outside any transaction.
 */
@ApplicationScoped
public class OnboardingFlow {

    @Inject
    Onboardings runs;

    @Inject
    StepRecorder steps;

    @Inject
    OnboardingKeys keys;

    @Inject
    ComplianceChecks checks;

    @Inject
    CertificateStore certificates;

    @Inject
    FatooraClient fatoora;

    @Inject
    CsrSubmission csrs;

    public Onboarding run(Onboarding run, EgsUnit unit, String otp) {
        if (run.getCsrPem() == null) {
            if (run.isClientCsr()) {
                throw new CsrAlreadySubmittedException(
                        "ZATCA refused this request's CSR earlier; start again at step 1 with a new CSR");
            }
            run = keys.newCsr(run, unit);
        }
        if (run.getComplianceCertificateId() == null) {
            run = run.getKind() == OnboardingKind.RENEWAL ? renewal(run, unit, otp) : complianceCsid(run, unit, otp);
            if (run.getStatus() == OnboardingStatus.COMPLETED) {
                return run;
            }
        }
        run = checks.run(run, unit);
        return production(run, unit);
    }

    private Onboarding complianceCsid(Onboarding run, EgsUnit unit, String otp) {
        requireOtp(otp, "the compliance CSID");
        CsrSubmission.Sent<IssuedCsid> sent = csrs.send(
                run, unit, StepKind.COMPLIANCE_CSID, pem -> fatoora.complianceCsid(unit.getEnvironment(), otp, pem));
        Onboarding stored = storeCompliance(sent, unit, sent.answer());
        steps.done(sent.stepId(), 200, sent.answer().dispositionMessage(), requestId(sent.answer()));
        return stored;
    }

    private Onboarding renewal(Onboarding run, EgsUnit unit, String otp) {
        requireOtp(otp, "the renewal");
        CsidSource current = certificates.productionCsid(unit.getId());
        CsrSubmission.Sent<CsidRenewal> sent = csrs.send(
                run,
                unit,
                StepKind.RENEWAL_CSID,
                pem -> fatoora.renewProductionCsid(unit.getEnvironment(), current, otp, pem));
        IssuedCsid csid = sent.answer().csid();
        if (!sent.answer().complianceRequired()) {
            steps.done(sent.stepId(), 200, csid.dispositionMessage(), requestId(csid) + ": a new production CSID");
            return activate(sent.run(), unit, csid);
        }
        Onboarding stored = storeCompliance(sent, unit, csid);
        steps.done(
                sent.stepId(),
                428,
                csid.dispositionMessage(),
                requestId(csid) + ": a compliance CSID; the compliance checks must pass again");
        return stored;
    }

    private Onboarding storeCompliance(CsrSubmission.Sent<?> sent, EgsUnit unit, IssuedCsid csid) {
        Onboarding run = sent.run();
        try {
            CertificateView stored = certificates.store(
                    unit.getTenantId(),
                    unit.getId(),
                    unit.getEnvironment(),
                    CertificateKind.COMPLIANCE,
                    csid.credentials().certificateBase64(),
                    keys.privateKeyPem(run),
                    csid.credentials(),
                    csid.requestId());
            return runs.update(run.getId(), r -> r.complianceCsid(stored.id(), csid.requestId(), runs.now()));
        } catch (RuntimeException e) {
            steps.failed(sent.stepId(), e);
            if (!run.isClientCsr()) {
                runs.update(run.getId(), r -> r.dropCsr(runs.now()));
            }
            throw e;
        }
    }

    private Onboarding production(Onboarding run, EgsUnit unit) {
        Long stepId = steps.begin(run.getId(), StepKind.PRODUCTION_CSID, null);
        IssuedCsid csid;
        try {
            csid = fatoora.productionCsid(
                    unit.getEnvironment(),
                    certificates.csidOf(run.getComplianceCertificateId()),
                    run.getComplianceRequestId());
        } catch (FatooraRequestRejectedException e) {
            steps.failed(stepId, e);
            if (!run.isClientCsr()) {
                // the compliance CSID is spent or refused: the next attempt starts over with a new CSR and OTP
                runs.update(run.getId(), r -> r.dropCsr(runs.now()));
            }
            throw e;
        } catch (RuntimeException e) {
            steps.failed(stepId, e);
            throw e;
        }
        steps.done(stepId, 200, csid.dispositionMessage(), requestId(csid));
        return activate(run, unit, csid);
    }

    /** ACTIVE: the production certificate verified against the run's key and stored; it supersedes the old one. */
    private Onboarding activate(Onboarding run, EgsUnit unit, IssuedCsid csid) {
        Long stepId = steps.begin(run.getId(), StepKind.ACTIVE, null);
        CertificateView stored;
        try {
            stored = certificates.store(
                    unit.getTenantId(),
                    unit.getId(),
                    unit.getEnvironment(),
                    CertificateKind.PRODUCTION,
                    csid.credentials().certificateBase64(),
                    keys.privateKeyPem(run),
                    csid.credentials(),
                    csid.requestId());
        } catch (RuntimeException e) {
            steps.failed(stepId, e);
            throw e;
        }
        if (run.getComplianceCertificateId() != null) {
            // its work is done: the compliance CSID leaves the PENDING list, kept in the history
            certificates.revoke(
                    unit.getTenantId(),
                    run.getComplianceCertificateId(),
                    "compliance CSID used up: production certificate " + stored.id() + " is ACTIVE");
        }
        steps.done(
                stepId,
                null,
                stored.status().name(),
                "certificate " + stored.serial() + " valid until " + stored.notAfter());
        return runs.complete(run.getId(), stored.id());
    }

    private static void requireOtp(String otp, String step) {
        if (otp == null || otp.isBlank()) {
            throw ValidationFailedException.of(
                    "/otp", "is required: " + step + " needs a one-time password from the Fatoora portal");
        }
    }

    private static String requestId(IssuedCsid csid) {
        return "requestID " + csid.requestId();
    }
}
