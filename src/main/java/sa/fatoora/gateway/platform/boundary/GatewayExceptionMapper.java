package sa.fatoora.gateway.platform.boundary;

import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.entity.Problem;

@Provider
public class GatewayExceptionMapper extends ProblemMapper<GatewayException> {

    @Override
    Problem problem(GatewayException e) {
        return Problems.of(e, instance());
    }
}
