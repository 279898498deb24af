package sa.fatoora.gateway.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.PayloadTooLargeException;
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

    @Context
    HttpServletRequest servletRequest;

    @Override
    public Response toResponse(T exception) {
        GatewayException ours = Problems.findGatewayException(exception);
        if (ours == null && bodyLimitExceeded() instanceof Long limit) {
            ours = new PayloadTooLargeException(limit);
        }
        Problem problem = ours != null ? Problems.of(ours, instance()) : problem(exception);
        return Problems.response(problem);
    }

    abstract Problem problem(T exception);

    private Object bodyLimitExceeded() {
        try {
            return servletRequest.getAttribute(BodySizeLimitFilter.EXCEEDED);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

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
