package sa.fatoora.gateway.certificate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import sa.fatoora.gateway.certificate.control.ExpiryMonitor;
import sa.fatoora.gateway.certificate.entity.UnitAttention;
import sa.fatoora.gateway.platform.control.StoredTime;

/**
 * Lists every unit whose newest certificate has expired or whose ACTIVE one ends within the warning window, as data
 * of an UP check. Deliberately never DOWN: readiness DOWN takes the instance out of the load balancer, which fixes
 * no certificate, and every instance shares the same database, so all would go DOWN together and one tenant's
 * expired unit would stop every tenant's traffic (including the renewal that would fix it). The expired unit's own
 * requests already fail with 409 NO_ACTIVE_CERTIFICATE. Alert on this check's data instead.
 */
@Readiness
@ApplicationScoped
public class CertificateReadinessCheck implements HealthCheck {

    @Inject
    ExpiryMonitor monitor;

    @Inject
    Clock clock = StoredTime.CLOCK;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("certificates").up();
        try {
            Instant now = clock.instant();
            List<UnitAttention> units = monitor.needingAttention();
            response.withData(
                            "expiredUnits",
                            units.stream().filter(UnitAttention::expired).count())
                    .withData(
                            "expiringSoonUnits",
                            units.stream().filter(u -> !u.expired()).count())
                    .withData("warningWindow", monitor.window().toString())
                    .withData(
                            "lastCheck",
                            monitor.last().map(c -> c.at().toString()).orElse("never"));
            for (UnitAttention unit : units) {
                response.withData("egsUnit." + unit.egsUnitId(), unit.describe(now));
            }
        } catch (RuntimeException e) {
            // the database check reports an unreachable database; this one stays about certificates
            response.withData("error", "certificate status unavailable");
        }
        return response.build();
    }
}
