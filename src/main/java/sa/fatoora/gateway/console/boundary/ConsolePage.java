package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import sa.fatoora.gateway.console.control.ConsoleSessions;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.tenant.entity.KeyRole;

/**
 * What every console resource shares: the signed-in gate for pages, the gate for changes (live session, the
 * session's CSRF token, a same-origin Origin header when the browser sends one, and an operator's key: an auditor's
 * session changes nothing, here as on the REST API), and HTML answers. A page group is one resource class extending
 * this, with its own templates.
 */
public abstract class ConsolePage {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=utf-8");

    @Inject
    ConsoleSessions sessions;

    @Inject
    Pages pages;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** The page or file for a live session; without one (never signed in, signed out, idle too long), sign-in. */
    Response signedIn(String id, String lang, Function<ConsoleSession, Response> page) {
        Optional<ConsoleSession> found = session(id, lang);
        return found.isEmpty() ? redirect("console/sign-in") : page.apply(found.get());
    }

    /**
     * A change (a form's POST): done only for a live session whose CSRF token the form carries (field {@code csrf}),
     * from this origin, by an operator; else sign-in (no session) or 403 with nothing changed.
     */
    Response change(
            String id, MultivaluedMap<String, String> form, String origin, Function<ConsoleSession, Response> change) {
        return posted(id, form == null ? null : form.getFirst("csrf"), origin, true, change);
    }

    /**
     * A POST that stores and changes nothing (validating a document), so an auditor may send it too, as on the REST
     * API (KeyRoles' stateless POSTs); still only for a live session, with its CSRF token, from this origin.
     */
    Response readOnlyPost(String id, String csrf, String origin, Function<ConsoleSession, Response> action) {
        return posted(id, csrf, origin, false, action);
    }

    private Response posted(
            String id, String csrf, String origin, boolean operatorsOnly, Function<ConsoleSession, Response> action) {
        Optional<ConsoleSession> found = sessions.find(id);
        if (found.isEmpty()) {
            return redirect("console/sign-in");
        }
        ConsoleSession s = found.get();
        if (!ConsoleSessions.csrfMatches(s, csrf) || !ConsoleCookies.sameOrigin(origin, uri)) {
            return forbidden(s, "forbidden.csrf");
        }
        if (operatorsOnly && s.role() != KeyRole.OPERATOR) {
            return forbidden(s, "forbidden.readOnly");
        }
        return action.apply(s);
    }

    /** The live session, with the language switched when asked (a display preference: no CSRF token needed). */
    Optional<ConsoleSession> session(String id, String lang) {
        Optional<ConsoleSession> found = sessions.find(id);
        if (found.isPresent() && lang != null) {
            found.get().language(Texts.language(lang));
        }
        return found;
    }

    /** A page of the layout: the template's parameters plus root, t, csrf and role of the session. */
    Response page(int status, String template, ConsoleSession s, Map<String, Object> params) {
        Map<String, Object> p = new java.util.HashMap<>(params);
        p.put("root", root());
        p.put("t", Texts.of(s.language()));
        p.put("csrf", s.csrfToken());
        p.put("role", s.role().name());
        return html(status, pages.render(template, p));
    }

    /** The not-found page: what another tenant owns is "not found" too, never "forbidden". */
    Response notFound(ConsoleSession s) {
        return page(404, "notfound.jte", s, Map.of());
    }

    private Response forbidden(ConsoleSession s, String why) {
        return page(403, "forbidden.jte", s, Map.of("why", why));
    }

    /** Where the console's pages are, for links that work from any of them ({@code /console/} at context root /). */
    String root() {
        return uri.getBaseUri().getPath().replaceAll("/+$", "") + "/console/";
    }

    /**
     * The page as UTF-8 bytes, not as a String: RESTEasy's message sanitizer HTML-escapes the String entity of
     * every 400 answer once more, which would show a refused form's page as its own source. jte escaped it already.
     */
    Response html(int status, String body) {
        return Response.status(status)
                .type(HTML)
                .entity(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }

    Response redirect(String path) {
        return Response.seeOther(base(path)).build();
    }

    URI base(String path) {
        return uri.getBaseUriBuilder().path(path).build();
    }
}
