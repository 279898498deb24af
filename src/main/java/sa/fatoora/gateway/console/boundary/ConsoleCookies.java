package sa.fatoora.gateway.console.boundary;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The session cookie: only an opaque id, HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), Secure when the console is served over https, and limited to the console's path. And the Origin check that
 * backs the CSRF token.
 */
final class ConsoleCookies {

    static final String SESSION = "fg_console";

    private ConsoleCookies() {}

    static NewCookie session(String id, UriInfo uri) {
        return builder(id, uri).build();
    }

    static NewCookie cleared(UriInfo uri) {
        return builder("", uri).maxAge(0).build();
    }

    private static NewCookie.Builder builder(String value, UriInfo uri) {
        return new NewCookie.Builder(SESSION)
                .value(value)
                .path(uri.getBaseUri().getPath().replaceAll("/+$", "") + "/console")
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT);
    }

    /** No Origin header (some browsers omit it on same-origin form posts), or this server's own origin. */
    static boolean sameOrigin(String origin, UriInfo uri) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        URI base = uri.getBaseUri();
        String own = base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
        return own.equalsIgnoreCase(origin.strip());
    }
}
