package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import sa.fatoora.gateway.simulator.entity.BehaviourSettings;

/**
 * Switches for ZATCA behaviour that a test must be able to provoke: clearance turned off (Fatoora answers 303 and
 * expects the document at reporting) and a renewal that demands the compliance checks again (428). In memory:
 * a restart returns the simulator to ZATCA's normal behaviour.
 */
@ApplicationScoped
public class Behaviour {

    private volatile BehaviourSettings settings = BehaviourSettings.NORMAL;

    public BehaviourSettings settings() {
        return settings;
    }

    /** Applies the switches given; an absent one keeps its current value. */
    public BehaviourSettings update(Boolean clearanceEnabled, Boolean renewalRequiresCompliance) {
        BehaviourSettings now = settings;
        settings = new BehaviourSettings(
                clearanceEnabled == null ? now.clearanceEnabled() : clearanceEnabled,
                renewalRequiresCompliance == null ? now.renewalRequiresCompliance() : renewalRequiresCompliance);
        return settings;
    }

    public void reset() {
        settings = BehaviourSettings.NORMAL;
    }
}
