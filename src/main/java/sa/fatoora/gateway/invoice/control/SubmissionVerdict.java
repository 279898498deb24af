package sa.fatoora.gateway.invoice.control;

import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.FatooraOutcome;

/**
 * What Fatoora's answer means for the document (zatca-facts section 4): accepted, with warnings or as a duplicate
 * (208/409) is success; 400 rejects it; 303 sends the same document to reporting.
 *
 * @param status  the final status, or null when the document must be sent again (by reporting after a 303; on the
 *                same route after a 303 that reporting should never answer)
 * @param reroute true for a 303 on the clearance route
 */
public record SubmissionVerdict(InvoiceStatus status, boolean reroute) {

    public boolean isFinal() {
        return status != null;
    }

    public static SubmissionVerdict of(SubmissionAction route, FatooraOutcome outcome) {
        return switch (outcome) {
            case ACCEPTED, ACCEPTED_WITH_WARNINGS, ALREADY_SUBMITTED -> new SubmissionVerdict(
                    route == SubmissionAction.REPORTING ? InvoiceStatus.REPORTED : InvoiceStatus.CLEARED, false);
            case REJECTED -> new SubmissionVerdict(InvoiceStatus.REJECTED, false);
            case CLEARANCE_DISABLED -> new SubmissionVerdict(null, route != SubmissionAction.REPORTING);
        };
    }
}
