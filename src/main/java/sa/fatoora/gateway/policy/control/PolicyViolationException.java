package sa.fatoora.gateway.policy.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** The environment's policy forbids the submission asked for; raised before anything is signed or sent. */
public class PolicyViolationException extends GatewayException {

    public PolicyViolationException(String detail) {
        super("ZATCA_POLICY_VIOLATION", 422, "ZATCA policy violation", detail);
    }
}
