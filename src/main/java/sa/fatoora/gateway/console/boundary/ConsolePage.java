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
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.tenant.control.CurrentTenant;
import sa.fatoora.gateway.tenant.entity.KeyRole;

/**
 * What every console resource shares: the signed-in gates for pages (a tenant's, any, the administrator's), the gates
 * for changes (live session, the session's CSRF token, a same-origin Origin header when the browser sends one, and
 * the role: an auditor's session changes nothing, here as on the REST API), the request's actor for the audit trail,
 * and HTML answers. A page group is one resource class extending
 * this, with its own templates.
 */
public abstract class ConsolePage {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=utf-8");

    @Inject
    ConsoleSessions sessions;

    @Inject
    Pages pages;

    @Inject
    CurrentTenant current;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /**
     * The page or file of a tenant for a live session; without one (never signed in, signed out, idle too long),
     * sign-in; an administrator who has not chosen a tenant yet is sent to the list of tenants.
     */
    Response signedIn(String id, String lang, Function<ConsoleSession, Response> page) {
        Optional<ConsoleSession> found = session(id, lang);
        if (found.isEmpty()) {
            return redirect("console/sign-in");
        }
        return found.get().tenantId() == null ? redirect("console/tenants") : page.apply(found.get());
    }

    /** A page of no tenant in particular (the rule packs): any live session. */
    Response anySignedIn(String id, String lang, Function<ConsoleSession, Response> page) {
        Optional<ConsoleSession> found = session(id, lang);
        return found.isEmpty() ? redirect("console/sign-in") : page.apply(found.get());
    }

    /** An administrator's page (the tenants); a tenant key's session gets 403. */
    Response administrator(String id, String lang, Function<ConsoleSession, Response> page) {
        Optional<ConsoleSession> found = session(id, lang);
        if (found.isEmpty()) {
            return redirect("console/sign-in");
        }
        return found.get().administrator() ? page.apply(found.get()) : forbidden(found.get(), "forbidden.adminOnly");
    }

    /**
     * A change (a form's POST): done only for a live session whose CSRF token the form carries (field {@code csrf}),
     * from this origin, by a tenant's operator; else sign-in (no session) or 403 with nothing changed. An auditor's
     * session and the administrator's (inside a tenant) change nothing.
     */
    Response change(
            String id, MultivaluedMap<String, String> form, String origin, Function<ConsoleSession, Response> change) {
        return posted(id, csrfOf(form), origin, ConsolePage::notAnOperator, change);
    }

    /** An administrator's change (tenants, their keys, rule packs): the same checks, by the administrator only. */
    Response adminChange(String id, String csrf, String origin, Function<ConsoleSession, Response> change) {
        return posted(id, csrf, origin, s -> s.administrator() ? null : "forbidden.adminOnly", change);
    }

    /**
     * A POST that stores and changes nothing (validating a document), so an auditor may send it too, as on the REST
     * API (KeyRoles' stateless POSTs); still only for a live session, with its CSRF token, from this origin.
     */
    Response readOnlyPost(String id, String csrf, String origin, Function<ConsoleSession, Response> action) {
        return posted(id, csrf, origin, s -> null, action);
    }

    /** Why this session may not change a tenant (a text key), or null: an operator may. */
    private static String notAnOperator(ConsoleSession s) {
        if (s.role() == KeyRole.OPERATOR) {
            return null;
        }
        return s.administrator() ? "forbidden.administratorReadOnly" : "forbidden.readOnly";
    }

    /** The product's refusal inside whatever wrapped it; anything else is not a refusal and goes on up. */
    static GatewayException refusal(RuntimeException e) {
        GatewayException g = Problems.findGatewayException(e);
        if (g == null) {
            throw e;
        }
        return g;
    }

    static String csrfOf(MultivaluedMap<String, String> form) {
        return form == null ? null : form.getFirst("csrf");
    }

    private Response posted(
            String id,
            String csrf,
            String origin,
            Function<ConsoleSession, String> refusal,
            Function<ConsoleSession, Response> action) {
        Optional<ConsoleSession> found = sessions.find(id);
        if (found.isEmpty()) {
            return redirect("console/sign-in");
        }
        ConsoleSession s = found.get();
        actor(s);
        if (!ConsoleSessions.csrfMatches(s, csrf) || !ConsoleCookies.sameOrigin(origin, uri)) {
            return forbidden(s, "forbidden.csrf");
        }
        String refused = refusal.apply(s);
        if (refused != null) {
            return forbidden(s, refused);
        }
        return action.apply(s);
    }

    /**
     * Who acts in this request, for the audit trail: the key the session signed in with ({@code api-key:<id>}), or
     * the administrator; as for the same change made on the REST API with that key.
     */
    private void actor(ConsoleSession s) {
        current.set(s.tenantId(), s.keyId());
        if (s.administrator()) {
            current.admin();
        }
    }

    /** The live session, with the language switched when asked (a display preference: no CSRF token needed). */
    Optional<ConsoleSession> session(String id, String lang) {
        Optional<ConsoleSession> found = sessions.find(id);
        found.ifPresent(this::actor);
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
        p.put("role", s.roleName());
        p.put("viewing", s.viewing());
        return html(status, pages.render(template, p));
    }

    /** The not-found page: what another tenant owns is "not found" too, never "forbidden". */
    Response notFound(ConsoleSession s) {
        return page(404, "notfound.jte", s, Map.of());
    }

    Response forbidden(ConsoleSession s, String why) {
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

    /** A console URL from a path with an optional query ({@code console/invoices/5?sent=1}): the query stays one. */
    URI base(String path) {
        int query = path.indexOf('?');
        return query < 0
                ? uri.getBaseUriBuilder().path(path).build()
                : uri.getBaseUriBuilder()
                        .path(path.substring(0, query))
                        .replaceQuery(path.substring(query + 1))
                        .build();
    }
}
