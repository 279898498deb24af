package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.validation.control.RulePacks;

/**
 * The rule packs the gateway validates with, and which one is active, read-only: uploading and activating a pack is
 * the gateway administrator's (the administrator key, {@code /api/v1/admin/rule-packs}: it changes validation for
 * every tenant), and the console signs in with tenant keys only; the page says so.
 */
@Path("console/rule-packs")
public class ConsoleRulePacksResource extends ConsolePage {

    @Inject
    RulePacks packs;

    @Operation(hidden = true)
    @GET
    @Produces("text/html")
    public Response list(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> page(200, "rulePacks.jte", s, Map.of("packs", packs.list())));
    }
}
