package sa.fatoora.gateway.simulator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.simulator.control.Behaviour;
import sa.fatoora.gateway.simulator.control.Faults;
import sa.fatoora.gateway.simulator.control.OauthTokens;
import sa.fatoora.gateway.simulator.control.Otps;
import sa.fatoora.gateway.simulator.control.ZatcaEnvironments;
import sa.fatoora.gateway.simulator.entity.BehaviourSettings;
import sa.fatoora.gateway.simulator.entity.FaultPlan;

/** Test controls, behind the administrator key (SimulatorGate): faults, token revocation, OTPs, counters. */
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorAdminResource {

    @Inject
    Faults faults;

    @Inject
    OauthTokens tokens;

    @Inject
    Otps otps;

    @Inject
    Behaviour behaviour;

    @POST
    @Path("faults")
    @Operation(summary = "Simulator: inject faults into one call (scripted sequence or rate)")
    public Response setFaults(FaultPlan plan) {
        if (plan == null || !Faults.CALLS.contains(plan.call())) {
            throw ValidationFailedException.of("/call", "must be one of " + Faults.CALLS);
        }
        try {
            if (plan.rate() != null) {
                faults.rate(plan.call(), plan.rate(), plan.kinds() == null ? List.of() : plan.kinds());
            } else {
                faults.script(plan.call(), plan.script() == null ? List.of() : plan.script());
            }
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of(plan.rate() != null ? "/kinds" : "/script", e.getMessage());
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("faults")
    @Operation(summary = "Simulator: clear every injected fault")
    public Response clearFaults() {
        faults.clear();
        return Response.noContent().build();
    }

    @GET
    @Path("behaviour")
    @Operation(summary = "Simulator: the behaviour switches (clearance on or off, renewal demanding compliance)")
    public BehaviourSettings behaviour() {
        return behaviour.settings();
    }

    @POST
    @Path("behaviour")
    @Operation(summary = "Simulator: switch clearance off (303) or make renewals demand compliance checks (428)")
    public BehaviourSettings setBehaviour(BehaviourSettings settings) {
        if (settings == null) {
            throw ValidationFailedException.of(
                    "", "a JSON object with clearanceEnabled and/or renewalRequiresCompliance");
        }
        return behaviour.update(settings.clearanceEnabled(), settings.renewalRequiresCompliance());
    }

    @DELETE
    @Path("behaviour")
    @Operation(summary = "Simulator: back to ZATCA's normal behaviour")
    public Response resetBehaviour() {
        behaviour.reset();
        return Response.noContent().build();
    }

    @GET
    @Path("stats")
    @Operation(summary = "Simulator: counters tests read (token requests)")
    public Map<String, Long> stats() {
        return Map.of("tokenRequests", tokens.requestCount());
    }

    @POST
    @Path("tokens/revoke")
    @Operation(
            summary = "Simulator: revoke an OAuth access token ({\"token\": ...}), or every active token of a client "
                    + "({\"client_id\": ...}), e.g. those a gateway holds")
    public Response revoke(Map<String, String> body) {
        if (body != null && body.get("client_id") != null) {
            if (tokens.revokeClient(body.get("client_id")) == 0) {
                throw new ResourceNotFoundException("No active token of this client");
            }
            return Response.noContent().build();
        }
        if (body == null || !tokens.revoke(body.get("token"))) {
            throw new ResourceNotFoundException("No active token matches");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("otps")
    @Operation(summary = "Simulator: a fresh one-time OTP for an environment, valid for an hour")
    public Map<String, String> otp(Map<String, String> body) {
        var environment = ZatcaEnvironments.find(body == null ? null : body.get("environment"))
                .orElseThrow(() ->
                        ValidationFailedException.of("/environment", "must be developer-portal, simulation or core"));
        return Map.of("otp", otps.generate(environment));
    }
}
