package sa.fatoora.gateway.simulator.boundary;

import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.simulator.control.SimulatorException;
import sa.fatoora.gateway.simulator.control.ZatcaEnvironments;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** The checks every Fatoora call starts with: a known environment, and Accept-Version V2 (406 without). */
final class FatooraHeaders {

    static final String ACCEPT_VERSION = "Accept-Version";
    static final String OTP = "OTP";
    static final String CLEARANCE_STATUS = "Clearance-Status";

    private FatooraHeaders() {}

    static ZatcaEnvironment environment(String pathSegment, String acceptVersion) {
        ZatcaEnvironment environment = ZatcaEnvironments.find(pathSegment)
                .orElseThrow(() -> new ResourceNotFoundException("No Fatoora environment " + pathSegment));
        if (acceptVersion == null || !acceptVersion.strip().equalsIgnoreCase("V2")) {
            throw SimulatorException.error(406, "Invalid-Version", "Accept-Version: V2 is required");
        }
        return environment;
    }
}
