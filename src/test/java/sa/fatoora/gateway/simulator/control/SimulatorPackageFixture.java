package sa.fatoora.gateway.simulator.control;

/**
 * PackageRulesTest's stand-in for a class of the simulator's package: the simulator itself is built apart from the
 * gateway (src/simulator), so the gateway's test fixtures cannot name its classes, but the rules go by package.
 */
public class SimulatorPackageFixture {}
