package sa.fatoora.gateway.certificate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sa.fatoora.gateway.certificate.control.KeyVault;

/**
 * DOWN while no usable master key is configured: such an instance can neither store nor use any certificate, and
 * unlike an expired certificate this is the instance's own configuration error, fixed by setting FATOORA_MASTER_KEY.
 */
@Readiness
@ApplicationScoped
public class MasterKeyReadinessCheck implements HealthCheck {

    @Inject
    KeyVault vault;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("master-key");
        return vault.unavailableReason()
                .map(reason -> response.down().withData("reason", reason).build())
                .orElseGet(() -> response.up().build());
    }
}
