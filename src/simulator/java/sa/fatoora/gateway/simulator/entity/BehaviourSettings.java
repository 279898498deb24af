package sa.fatoora.gateway.simulator.entity;

/** The simulator's behaviour switches, as set and read through {@code /simulator/admin/behaviour}. */
public record BehaviourSettings(Boolean clearanceEnabled, Boolean renewalRequiresCompliance) {

    public static final BehaviourSettings NORMAL = new BehaviourSettings(true, false);
}
