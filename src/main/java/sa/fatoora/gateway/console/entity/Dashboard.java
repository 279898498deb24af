package sa.fatoora.gateway.console.entity;

import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows, gathered for one tenant at one moment: today's invoices by status (Riyadh's date),
 * simplified invoices at risk of the 24-hour deadline, certificates ending within 30 days, the backlogs, the units
 * the active rule pack and how the last contacts with ZATCA went. Times are already formatted in Riyadh time.
 */
public record Dashboard(
        String today,
        String generatedAt,
        Map<String, Long> todayByStatus,
        long pendingInvoices,
        long pendingDeliveries,
        List<AtRisk> atRisk,
        List<Expiring> expiring,
        List<Unit> units,
        String rulePack,
        ZatcaContact zatca) {

    /** A simplified invoice not reported yet, with its deadline and the time left (negative: missed). */
    public record AtRisk(
            long invoiceId, String invoiceNumber, long egsUnitId, String deadline, String timeLeft, boolean missed) {}

    /** An ACTIVE certificate ending within the window. */
    public record Expiring(long certificateId, long egsUnitId, String kind, String notAfter, long daysLeft) {}

    /** An EGS unit as listed: its name, seller, environment. */
    public record Unit(long id, String name, String sellerName, String vatNumber, String environment) {}

    /**
     * ZATCA as this tenant's invoices last met it: the newest answered invoice (when, its status, its number; empty
     * when none was answered yet) and the invoices waiting to be sent again after a failed attempt, with the newest
     * failure. Healthy when nothing is waiting for a retry.
     */
    public record ZatcaContact(
            String lastAnswerAt,
            String lastAnswerStatus,
            String lastAnswerInvoice,
            long retrying,
            String lastFailureAt,
            String lastFailure) {

        public boolean healthy() {
            return retrying == 0;
        }

        public boolean answeredYet() {
            return lastAnswerAt != null;
        }
    }
}
