package sa.fatoora.gateway.pdf.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Accept: application/pdf} on GET (or HEAD) /api/v1/invoices/{id}: the request goes to {@link InvoicePdfResource}
 * ({id}/pdf, same query), so the invoice capability knows nothing of PDFs. JSON stays the answer unless the client
 * prefers PDF: no Accept, {@code *}{@code /*}, or PDF and JSON at the same quality give JSON, as the former
 * {@code qs=0.1} PDF method on the invoice resource did.
 */
@Provider
@PreMatching
public class InvoicePdfNegotiation implements ContainerRequestFilter {

    private static final MediaType PDF = new MediaType("application", "pdf");

    private static final Pattern INVOICE = Pattern.compile("/?api/v1/invoices/[^/]+/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                || !INVOICE.matcher(request.getUriInfo().getPath(false)).matches()
                || !prefersPdf(request.getAcceptableMediaTypes())) {
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath().endsWith("/")
                ? uri.getRawPath().substring(0, uri.getRawPath().length() - 1)
                : uri.getRawPath();
        request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path + "/pdf"
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }

    /** PDF's quality (that of the most specific range naming it) is above JSON's. */
    static boolean prefersPdf(List<MediaType> accepted) {
        double pdf = quality(accepted, PDF);
        return pdf > 0 && pdf > quality(accepted, MediaType.APPLICATION_JSON_TYPE);
    }

    private static double quality(List<MediaType> accepted, MediaType type) {
        int specificity = -1;
        double quality = 0;
        for (MediaType range : accepted) {
            if (!range.isCompatible(type)) {
                continue;
            }
            int s = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (s > specificity) {
                specificity = s;
                quality = q(range);
            }
        }
        return quality;
    }

    private static double q(MediaType range) {
        String q = range.getParameters().get("q");
        try {
            return q == null ? 1 : Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
