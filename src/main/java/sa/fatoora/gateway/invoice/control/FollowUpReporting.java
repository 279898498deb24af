package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.policy.control.ZatcaPolicyService;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

/**
 * The mixed flow's second half: a cleared document reported as well, when the caller asked for it
 * ({@code action=CLEARANCE_AND_REPORTING}, checked by the policy before signing) or when
 * {@code fatoora.invoices.report-after-clearance} asks for it automatically and the policy allows it. Whatever
 * happens here (policy refusal, Fatoora trouble, a rejection) is logged and audited and never touches the clearance.
 * Sent once: the clearance is what counts, so there is nothing for the outbox to retry.
 */
@ApplicationScoped
public class FollowUpReporting {

    private static final Logger LOG = Logger.getLogger(FollowUpReporting.class.getName());

    @Inject
    PipelineSettings settings;

    @Inject
    ZatcaPolicyService policy;

    @Inject
    AuditLog audit;

    @Inject
    Transactions tx;

    @Inject
    FatooraCaller caller;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    /** What to do after a clearance. */
    enum Decision {
        NONE,
        REFUSED_BY_POLICY,
        REPORT
    }

    /**
     * @param requested    the caller asked for the mixed flow (already allowed by the policy before signing)
     * @param automatic    {@code fatoora.invoices.report-after-clearance}
     * @param policyAllows the policy allows the mixed flow for this document in its environment
     */
    static Decision decide(boolean requested, boolean automatic, boolean policyAllows) {
        if (requested) {
            return Decision.REPORT;
        }
        if (!automatic) {
            return Decision.NONE;
        }
        return policyAllows ? Decision.REPORT : Decision.REFUSED_BY_POLICY;
    }

    public void afterClearance(InvoiceDocument d) {
        Decision decision = decide(
                d.getAction() == SubmissionAction.CLEARANCE_AND_REPORTING,
                settings.reportAfterClearance(),
                policy.allows(
                        SubmissionAction.CLEARANCE_AND_REPORTING,
                        d.getEnvironment(),
                        d.getSubtype(),
                        d.getDocumentType()));
        if (decision == Decision.NONE) {
            return;
        }
        if (decision == Decision.REFUSED_BY_POLICY) {
            LOG.warning(() -> "invoice " + d.getId() + ": automatic reporting after clearance refused by the "
                    + d.getEnvironment() + " policy; the clearance stands");
            audit.record(
                    d.getTenantId(),
                    d.getEgsUnitId(),
                    AuditType.subject("invoice", d.getId()),
                    AuditType.POLICY_REFUSED,
                    AuditOutcome.REFUSED,
                    "invoice " + d.getId() + ": automatic reporting after clearance not allowed in "
                            + d.getEnvironment() + " for a "
                            + ZatcaPolicyService.describe(d.getSubtype(), d.getDocumentType()));
            return;
        }
        FatooraCall call = caller.call(d, SubmissionAction.REPORTING);
        boolean accepted = call.answered() && call.result().outcome().accepted();
        if (!accepted) {
            LOG.warning(() -> "invoice " + d.getId() + ": reporting after clearance not accepted (" + call.summary()
                    + "); the clearance stands");
        }
        tx.required(() -> {
            em.persist(call.attempt());
            audit.record(
                    d.getTenantId(),
                    d.getEgsUnitId(),
                    AuditType.subject("invoice", d.getId()),
                    accepted ? AuditType.FOLLOW_UP_REPORTED : AuditType.FOLLOW_UP_NOT_REPORTED,
                    accepted ? AuditOutcome.SUCCEEDED : AuditOutcome.FAILED,
                    "invoice " + d.getId() + " ICV " + d.getIcv() + " " + call.summary());
        });
    }
}
