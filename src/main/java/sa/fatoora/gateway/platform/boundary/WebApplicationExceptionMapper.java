package sa.fatoora.gateway.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.entity.Problem;

/**
 * Failures the JAX-RS runtime raises itself (unknown path, wrong method, media type, unreadable body). Their own
 * messages name classes and providers, so each status gets a fixed, safe detail instead.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Override
    Problem problem(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 400 -> MalformedBody.problem(e, instance());
            case 401 -> Problems.of(
                    401,
                    "UNAUTHORIZED",
                    "Authentication required",
                    "A valid X-API-Key header is required",
                    instance(),
                    null);
            case 403 -> Problems.of(403, "FORBIDDEN", "Forbidden", "This key may not do that", instance(), null);
            case 404 -> Problems.of(
                    404, "NOT_FOUND", "Resource not found", "Nothing is served at this path", instance(), null);
            case 405 -> Problems.of(
                    405,
                    "METHOD_NOT_ALLOWED",
                    "Method not allowed",
                    method() + " is not allowed on this path",
                    instance(),
                    null);
            case 406 -> Problems.of(
                    406,
                    "NOT_ACCEPTABLE",
                    "Not acceptable",
                    "The requested response media type is not available here",
                    instance(),
                    null);
            case 413 -> Problems.of(
                    413, "PAYLOAD_TOO_LARGE", "Payload too large", "The request body is too large", instance(), null);
            case 415 -> Problems.of(
                    415,
                    "UNSUPPORTED_MEDIA_TYPE",
                    "Unsupported media type",
                    "This endpoint does not accept the request's Content-Type",
                    instance(),
                    null);
            default -> status >= 500
                    ? MalformedBody.raisedByBodyReader(e)
                            ? MalformedBody.problem(e, instance())
                            : Problems.internalError(e, method(), instance())
                    : Problems.of(status, "HTTP_" + status, "Request failed", "The request failed", instance(), null);
        };
    }
}
