package sa.fatoora.gateway.console.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The console's answers carry a strict Content-Security-Policy: its own stylesheet and its own one script module
 * (console.js: copy buttons) and nothing else (no inline script or style, no eval, no frames, forms only to itself),
 * and are never cached, sniffed or framed.
 */
@Provider
public class ConsoleHeaders implements ContainerResponseFilter {

    static final String POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
                    + " form-action 'self';"
                    + " frame-ancestors 'none'; base-uri 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.equals("console") && !path.startsWith("console/")) {
            return;
        }
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("Content-Security-Policy", POLICY);
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the console's own form posts,
        // which the Origin check must refuse
        h.putSingle("Referrer-Policy", "same-origin");
        if (!path.endsWith(".css") && !path.endsWith(".js") && !path.endsWith(".ttf")) {
            h.putSingle("Cache-Control", "no-store");
        }
    }
}
