package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.console.entity.PageError;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.validation.control.RulePacks;

/**
 * The rule packs the gateway validates with, and which one is active. Every session sees them; the administrator
 * also uploads a ZATCA SDK zip (checked as {@code POST /api/v1/admin/rule-packs} checks it: its samples must pass)
 * and makes a pack active, which changes validation for every tenant. A tenant key's session gets 403 for both.
 */
@Path("console/rule-packs")
public class ConsoleRulePacksResource extends ConsolePage {

    /** The outcomes a redirect may name (anything else in the query is ignored, never shown). */
    static final Set<String> NOTICES = Set.of("uploaded", "same", "activated");

    @Inject
    RulePacks packs;

    @Operation(hidden = true)
    @GET
    @Produces("text/html")
    public Response list(
            @QueryParam("done") String done,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return anySignedIn(id, lang, s -> listPage(200, s, done != null && NOTICES.contains(done) ? done : null, null));
    }

    @Operation(hidden = true)
    @POST
    @Produces("text/html")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @FormParam("csrf") String csrf,
            @FormParam("file") EntityPart file,
            @FormParam("version") String version,
            @FormParam("activate") String activate,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return adminChange(id, csrf, origin, s -> {
            try {
                if (file == null || file.getFileName().map(String::isBlank).orElse(true)) {
                    throw ValidationFailedException.of("file", "choose a ZATCA SDK zip");
                }
                try (InputStream zip = file.getContent()) {
                    RulePacks.Uploaded up = packs.upload(zip, version, activate != null);
                    return redirect("console/rule-packs?done=" + (up.created() ? "uploaded" : "same"));
                } catch (IOException e) {
                    throw new MalformedRequestException("the uploaded file could not be read").causedBy(e);
                }
            } catch (RuntimeException e) {
                PageError error = PageError.of(refusal(e));
                return listPage(error.status(), s, null, error);
            }
        });
    }

    @Operation(hidden = true)
    @POST
    @Path("active")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return adminChange(id, csrfOf(form), origin, s -> {
            try {
                String pack = form.getFirst("id");
                if (pack == null || pack.isBlank()) {
                    throw ValidationFailedException.of("/id", "must name a rule pack");
                }
                packs.activate(pack.strip());
                return redirect("console/rule-packs?done=activated");
            } catch (RuntimeException e) {
                PageError error = PageError.of(refusal(e));
                return listPage(error.status(), s, null, error);
            }
        });
    }

    /** The form's URL asked with GET (its page's language links): the list. */
    @Operation(hidden = true)
    @GET
    @Path("active")
    public Response afterChange(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        return anySignedIn(id, lang, s -> redirect("console/rule-packs"));
    }

    private Response listPage(int status, ConsoleSession s, String done, PageError error) {
        Map<String, Object> p = new HashMap<>();
        p.put("packs", packs.list());
        p.put("done", done);
        p.put("error", error);
        return page(status, "rulePacks.jte", s, p);
    }
}
