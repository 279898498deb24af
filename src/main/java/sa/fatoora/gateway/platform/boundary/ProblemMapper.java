package sa.fatoora.gateway.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.entity.Problem;

/**
 * Base of the one mapper family: JAX-RS picks the most specific subclass for each exception, each subclass says how
 * its exception becomes a problem, and a GatewayException wrapped inside anything always wins.
 */
abstract class ProblemMapper<T extends Throwable> implements ExceptionMapper<T> {

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public Response toResponse(T exception) {
        GatewayException ours = Problems.findGatewayException(exception);
        Problem problem = ours != null ? Problems.of(ours, instance()) : problem(exception);
        return Problems.response(problem);
    }

    abstract Problem problem(T exception);

    String instance() {
        try {
            return "/" + uriInfo.getPath(false).replaceFirst("^/", "");
        } catch (RuntimeException e) {
            return null;
        }
    }

    String method() {
        try {
            return request.getMethod();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
