package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.console.control.ConsoleSessions;
import sa.fatoora.gateway.console.control.DashboardService;
import sa.fatoora.gateway.console.control.SignInThrottle;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.pdf.control.PdfFonts;
import sa.fatoora.gateway.tenant.control.TenantService;
import sa.fatoora.gateway.tenant.entity.AuthenticatedKey;

/**
 * The console's pages (README "Console"): sign-in, the dashboard, sign-out, the stylesheet. A page without a live
 * session sends the browser to the sign-in page; every POST but the sign-in needs the session's CSRF token and a
 * same-origin Origin header when the browser sends one.
 */
@Path("console")
public class ConsoleResource {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=utf-8");

    @Inject
    ConsoleSessions sessions;

    @Inject
    SignInThrottle throttle;

    @Inject
    TenantService tenants;

    @Inject
    DashboardService dashboards;

    @Inject
    Pages pages;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Operation(hidden = true)
    @GET
    public Response root(@CookieParam(ConsoleCookies.SESSION) String id) {
        return redirect(sessions.find(id).isPresent() ? "console/dashboard" : "console/sign-in");
    }

    @Operation(hidden = true)
    @GET
    @Path("sign-in")
    @Produces("text/html")
    public Response signInPage(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        if (sessions.find(id).isPresent()) {
            return redirect("console/dashboard");
        }
        return html(200, pages.signIn(Texts.of(Texts.language(lang)), null));
    }

    @Operation(hidden = true)
    @POST
    @Path("sign-in")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(MultivaluedMap<String, String> form, @HeaderParam("Origin") String origin) {
        String apiKey = form.getFirst("apiKey");
        String lang = form.getFirst("lang");
        Texts t = Texts.of(Texts.language(lang));
        if (!ConsoleCookies.sameOrigin(origin, uri)) {
            return html(403, pages.signIn(t, t.get("signIn.otherOrigin")));
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.wait(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return Response.status(429)
                    .type(HTML)
                    .header("Retry-After", seconds)
                    .entity(pages.signIn(
                            t,
                            t.get("signIn.throttled") + " "
                                    + t.duration(wait.get().plusSeconds(59))))
                    .build();
        }
        Optional<AuthenticatedKey> key =
                apiKey == null || apiKey.isBlank() ? Optional.empty() : tenants.authenticateKey(apiKey.strip());
        if (key.isEmpty()) {
            throttle.failed(address);
            return html(401, pages.signIn(t, t.get("signIn.failed")));
        }
        throttle.succeeded(address);
        ConsoleSession session = sessions.start(
                key.get().tenantId(), key.get().keyId(), key.get().role(), t.lang());
        return Response.seeOther(base("console/dashboard"))
                .cookie(ConsoleCookies.session(session.id(), uri))
                .build();
    }

    @Operation(hidden = true)
    @GET
    @Path("dashboard")
    @Produces("text/html")
    public Response dashboard(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        Optional<ConsoleSession> found = sessions.find(id);
        if (found.isEmpty()) {
            return redirect("console/sign-in");
        }
        ConsoleSession s = found.get();
        if (lang != null) {
            s.language(Texts.language(lang)); // a display preference: no CSRF token needed to change it
        }
        Texts t = Texts.of(s.language());
        return html(
                200,
                pages.dashboard(
                        t,
                        dashboards.of(s.tenantId(), t),
                        s.csrfToken(),
                        s.role().name()));
    }

    @Operation(hidden = true)
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        String csrf = form.getFirst("csrf");
        Optional<ConsoleSession> found = sessions.find(id);
        if (found.isEmpty()) {
            return redirect("console/sign-in");
        }
        if (!ConsoleSessions.csrfMatches(found.get(), csrf) || !ConsoleCookies.sameOrigin(origin, uri)) {
            return Response.status(403)
                    .type(HTML)
                    .entity("<!DOCTYPE html><p>Forbidden</p>")
                    .build();
        }
        sessions.end(found.get().id());
        return Response.seeOther(base("console/sign-in"))
                .cookie(ConsoleCookies.cleared(uri))
                .build();
    }

    @Operation(hidden = true)
    @GET
    @Path("console.css")
    @Produces("text/css")
    public Response stylesheet() {
        InputStream css = ConsoleResource.class.getResourceAsStream("/console/console.css");
        return Response.ok(css).header("Cache-Control", "max-age=3600").build();
    }

    /** The Arabic font the PDFs embed, for the Arabic pages (the stylesheet's @font-face). */
    @Operation(hidden = true)
    @GET
    @Path("fonts/naskh-{weight: 400|700}.ttf")
    @Produces("font/ttf")
    public Response font(@jakarta.ws.rs.PathParam("weight") String weight) {
        InputStream ttf = PdfFonts.file("700".equals(weight));
        return ttf == null
                ? Response.status(404).build()
                : Response.ok(ttf).header("Cache-Control", "max-age=86400").build();
    }

    private Response html(int status, String body) {
        return Response.status(status).type(HTML).entity(body).build();
    }

    private Response redirect(String path) {
        return Response.seeOther(base(path)).build();
    }

    private URI base(String path) {
        return uri.getBaseUriBuilder().path(path).build();
    }
}
