package sa.fatoora.gateway.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;

/** Started once the application scope (and with it every eager start-up bean) is initialised. */
@Startup
@ApplicationScoped
public class ApplicationStartedCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ApplicationStartedCheck.class.getName());

    @Inject
    Clock clock = StoredTime.CLOCK;

    private volatile Instant startedAt;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        startedAt = clock.instant();
        // the JVM's own zone is read by nothing in the product: said once, so an operator (and CI's far-zone runs)
        // can see that dates are Riyadh's whatever it is
        LOG.info(() -> "dates and times in " + Riyadh.ZONE
                + " (ZATCA's zone); the JVM's own zone, which nothing reads: " + System.getProperty("user.timezone"));
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("application");
        return startedAt == null
                ? response.down().build()
                : response.up().withData("startedAt", startedAt.toString()).build();
    }
}
