package sa.fatoora.gateway.simulator.control;

import java.util.Arrays;
import java.util.Optional;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** The environment named by a path segment ({@code developer-portal}, {@code simulation}, {@code core}). */
public final class ZatcaEnvironments {

    private ZatcaEnvironments() {}

    public static Optional<ZatcaEnvironment> find(String pathSegment) {
        return Arrays.stream(ZatcaEnvironment.values())
                .filter(e -> e.pathSegment().equals(pathSegment))
                .findFirst();
    }

    static ZatcaEnvironment of(String pathSegment) {
        return find(pathSegment).orElseThrow();
    }
}
