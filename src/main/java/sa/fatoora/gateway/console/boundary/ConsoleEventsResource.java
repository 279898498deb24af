package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.console.control.ConsoleEvents;
import sa.fatoora.gateway.console.entity.EventList;
import sa.fatoora.gateway.event.control.EventQueryException;
import sa.fatoora.gateway.event.entity.EventType;

/** The console's events page: the tenant's events feed newest first, by type, in pages, each event's data shown. */
@Path("console/events")
public class ConsoleEventsResource extends ConsolePage {

    static final List<String> TYPES =
            java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList();

    @Inject
    ConsoleEvents events;

    @Operation(hidden = true)
    @GET
    @Produces("text/html")
    public Response events(
            @QueryParam("type") String type,
            @QueryParam("before") String before,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> {
            Map<String, Object> p = new HashMap<>();
            p.put("types", TYPES);
            try {
                p.put("list", events.page(s.tenantId(), type, before));
                p.put("error", null);
                return page(200, "events.jte", s, p);
            } catch (EventQueryException e) {
                p.put("list", new EventList(List.of(), type, null));
                p.put("error", e.getMessage());
                return page(400, "events.jte", s, p);
            }
        });
    }
}
