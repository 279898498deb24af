package sa.fatoora.gateway.console.entity;

import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows, gathered for one tenant at one moment: today's invoices by status (Riyadh's date),
 * simplified invoices at risk of the 24-hour deadline, certificates ending within 30 days, the backlogs, the units
 * and the active rule pack. Times are already formatted in Riyadh time.
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
        String rulePack) {

    /** A simplified invoice not reported yet, with its deadline and the time left (negative: missed). */
    public record AtRisk(
            long invoiceId, String invoiceNumber, long egsUnitId, String deadline, String timeLeft, boolean missed) {}

    /** An ACTIVE certificate ending within the window. */
    public record Expiring(long certificateId, long egsUnitId, String kind, String notAfter, long daysLeft) {}

    /** An EGS unit as listed: its name, seller, environment. */
    public record Unit(long id, String name, String sellerName, String vatNumber, String environment) {}
}
