package sa.fatoora.gateway.invoice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sa.fatoora.gateway.invoice.control.InvoiceQueries;
import sa.fatoora.gateway.invoice.control.Outbox;

/**
 * Readiness data for operators: PENDING documents, those at risk (simplified documents within
 * {@code fatoora.outbox.at-risk-hours} of their 24-hour reporting deadline, or past it, and documents Fatoora
 * has not taken in {@code fatoora.outbox.at-risk-attempts} attempts) and overdue ones. Always UP:
 * documents at risk mean Fatoora is not taking them, and taking this instance out of the load balancer would
 * only stop ERPs from handing over new documents (which are signed and kept) without delivering a single one
 * sooner. Alert on {@code atRisk} instead. The database itself has its own readiness check.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    InvoiceQueries queries;

    @Inject
    Outbox outbox;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("invoice-outbox").up();
        try {
            response.withData("pending", queries.pending())
                    .withData("atRisk", queries.atRisk())
                    .withData("overdue", queries.overdue());
        } catch (RuntimeException e) {
            response.withData("counts", "unavailable");
        }
        return response.withData(
                        "lastRun",
                        outbox.lastRun() == null ? "never" : outbox.lastRun().toString())
                .build();
    }
}
