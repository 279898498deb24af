package sa.fatoora.gateway.validation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sa.fatoora.gateway.validation.control.ActiveRulePack;
import sa.fatoora.gateway.validation.control.RulePacks;
import sa.fatoora.gateway.validation.entity.RulePackInfo;

/**
 * Names the rule pack this instance validates with (id, source, version, digest). DOWN only when no pack at all can
 * be used: then the simulator and the validation endpoint could check nothing.
 */
@Readiness
@ApplicationScoped
public class RulePackReadinessCheck implements HealthCheck {

    @Inject
    RulePacks packs;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("rule-pack");
        ActiveRulePack.Active active = packs.active();
        if (active.pack() == null) {
            return response.down().withData("reason", active.reason()).build();
        }
        RulePackInfo info = active.pack().info();
        return response.up()
                .withData("id", info.id())
                .withData("source", info.source().name())
                .withData("version", info.version())
                .withData("digest", info.digest())
                .withData("optimized", info.optimized())
                .build();
    }
}
