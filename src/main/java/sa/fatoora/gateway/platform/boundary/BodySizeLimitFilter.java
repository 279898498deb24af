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

    /** ZATCA's SDK zips are tens of MB: their one endpoint has its own limit (and checks the zip's insides itself). */
    @Inject
    @ConfigProperty(name = "fatoora.rule-packs.max-upload-bytes", defaultValue = "209715200")
    long maxRulePackBytes;

    static final String RULE_PACK_UPLOADS = "api/v1/admin/rule-packs";

    /**
     * A batch of invoices (up to 10,000 requests) is read as a stream, item by item: its endpoint has a larger
     * limit of its own.
     */
    @Inject
    @ConfigProperty(name = "fatoora.batches.max-body-bytes", defaultValue = "52428800")
    long maxBatchBytes;

    static final String BATCHES = "api/v1/invoices/batches";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        long limit = path.equals(RULE_PACK_UPLOADS)
                ? maxRulePackBytes
                : path.equals(BATCHES) && request.getMethod().equals("POST") ? maxBatchBytes : maxBodyBytes;
        if (request.getLength() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(
                    request.getEntityStream(), limit, () -> servletRequest.setAttribute(EXCEEDED, limit)));
        }
    }
}
