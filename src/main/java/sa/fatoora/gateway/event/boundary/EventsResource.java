package sa.fatoora.gateway.event.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.event.control.EventFeed;
import sa.fatoora.gateway.event.entity.EventPage;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** The tenant's events feed (README "Events and webhooks"), for ERPs that poll instead of receiving webhooks. */
@Path("api/v1/events")
@Tag(name = "Events", description = "What happened to the tenant's invoices, certificates, onboardings and batches")
public class EventsResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    EventFeed feed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The tenant's events, oldest first, after a cursor",
            description = "after: the nextCursor of the previous page (none: from the oldest retained event); limit"
                    + " 1-1000 (default 100); types: event types, comma-separated or repeated. Events are kept for"
                    + " fatoora.events.retention (default 30 days).")
    @APIResponse(responseCode = "200", description = "A page of events and the cursor to ask with next")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or type (problem+json)")
    public EventPage list(
            @QueryParam("after") String after,
            @QueryParam("limit") String limit,
            @QueryParam("types") List<String> types) {
        return feed.page(tenant.id(), after, limit, types);
    }
}
