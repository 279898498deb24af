package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.onboarding.entity.ComplianceDocument;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.StepKind;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.zatca.control.CsidSource;
import sa.fatoora.gateway.zatca.control.FatooraClient;
import sa.fatoora.gateway.zatca.entity.FatooraResult;

/**
 * The COMPLIANCE_CHECK steps: each document the unit's functionality requires, built, signed with the compliance
 * CSID and submitted; documents the current compliance CSID already passed are not sent again. The documents form
 * their own chain (ICV from 1, first PIH), kept on the run so a retry continues it.
 */
@ApplicationScoped
public class ComplianceChecks {

    @Inject
    ComplianceDocuments documents;

    @Inject
    CertificateStore certificates;

    @Inject
    FatooraClient fatoora;

    @Inject
    Onboardings runs;

    @Inject
    StepRecorder steps;

    public Onboarding run(Onboarding run, EgsUnit unit) {
        SigningIdentity identity = null;
        CsidSource csid = certificates.csidOf(run.getComplianceCertificateId());
        for (ComplianceDocument kind : ComplianceDocument.requiredBy(unit.getFunctionality())) {
            if (run.hasPassed(kind)) {
                continue;
            }
            if (identity == null) {
                identity = certificates.signingIdentityOf(run.getComplianceCertificateId());
            }
            run = check(run, unit, kind, identity, csid);
        }
        return run;
    }

    private Onboarding check(
            Onboarding run, EgsUnit unit, ComplianceDocument kind, SigningIdentity identity, CsidSource csid) {
        Long stepId = steps.begin(run.getId(), StepKind.COMPLIANCE_CHECK, kind);
        FatooraResult result;
        try {
            ChainPosition position = new ChainPosition(
                    run.getChainIcv() + 1,
                    run.getChainHash() == null ? ChainPosition.FIRST_PREVIOUS_HASH : run.getChainHash());
            ComplianceDocuments.Built built =
                    documents.build(kind, unit.seller(), "ONB" + run.getId(), position, identity);
            // the document holds its place in the chain whatever ZATCA answers (zatca-facts section 7)
            runs.update(
                    run.getId(),
                    r -> r.chainAdvanced(built.icv(), built.signed().invoiceHash()));
            result = fatoora.complianceCheck(unit.getEnvironment(), csid, built.fatooraDocument());
        } catch (RuntimeException e) {
            steps.failed(stepId, e);
            throw e;
        }
        steps.result(stepId, result);
        if (!result.outcome().accepted() || !result.errors().isEmpty()) {
            throw new ComplianceCheckFailedException(
                    kind, result.httpStatus(), StepRecorder.summary(result.messages()));
        }
        return runs.update(run.getId(), r -> r.passed(kind));
    }
}
