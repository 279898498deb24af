package sa.fatoora.gateway.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.LimitedInputStream;
import sa.fatoora.gateway.platform.control.PayloadTooLargeException;

/**
 * Refuses bodies over the limit before anything reads them: at once when Content-Length says so, and while
 * streaming when the body is chunked.
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    /** Request attribute set when a streamed body went over the limit. */
    public static final String EXCEEDED = BodySizeLimitFilter.class.getName() + ".exceeded";

    @Context
    HttpServletRequest servletRequest;

    @Inject
    @ConfigProperty(name = "fatoora.request.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBodyBytes) {
            throw new PayloadTooLargeException(maxBodyBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(
                    request.getEntityStream(),
                    maxBodyBytes,
                    () -> servletRequest.setAttribute(EXCEEDED, maxBodyBytes)));
        }
    }
}
