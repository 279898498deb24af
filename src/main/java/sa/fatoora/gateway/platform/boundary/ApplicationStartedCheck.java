package sa.fatoora.gateway.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the application scope (and with it every eager start-up bean) is initialised. */
@Startup
@ApplicationScoped
public class ApplicationStartedCheck implements HealthCheck {

    private volatile Instant startedAt;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        startedAt = Instant.now();
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("application");
        return startedAt == null
                ? response.down().build()
                : response.up().withData("startedAt", startedAt.toString()).build();
    }
}
