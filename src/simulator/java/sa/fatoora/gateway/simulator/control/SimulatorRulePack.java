package sa.fatoora.gateway.simulator.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.validation.control.ActiveRulePack;
import sa.fatoora.gateway.validation.control.DefaultRulePack;
import sa.fatoora.gateway.validation.control.RulesDirectory;

/**
 * The rule pack the simulator validates documents with: the gateway's ValidationService, given this pack instead of
 * the gateway's RulePacks, which reads the gateway's database (the simulator has none of it). The configured SDK
 * folder ({@code zatca.sdk.data.dir}: the test and demo runs pass the SDK beside the clone, the same folder the
 * gateway starts from) when it can be read, else the built-in pack; fixed for the simulator's life. A pack
 * uploaded to the gateway at run time is not followed: the real Fatoora does not take the gateway's rules either.
 */
@ApplicationScoped
public class SimulatorRulePack implements ActiveRulePack {

    @Inject
    RulesDirectory directory;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private DefaultRulePack pack;

    @PostConstruct
    void init() {
        pack = new DefaultRulePack(directory, clock);
    }

    @Override
    public Active active() {
        return pack.active();
    }
}
