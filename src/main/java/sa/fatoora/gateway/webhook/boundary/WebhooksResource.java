package sa.fatoora.gateway.webhook.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.tenant.control.CurrentTenant;
import sa.fatoora.gateway.webhook.control.Webhooks;
import sa.fatoora.gateway.webhook.entity.DeliveryPage;
import sa.fatoora.gateway.webhook.entity.DeliveryView;
import sa.fatoora.gateway.webhook.entity.WebhookRequest;
import sa.fatoora.gateway.webhook.entity.WebhookView;

/** The tenant's webhook endpoints and their deliveries (README "Events and webhooks"). */
@Path("api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed callbacks (Standard Webhooks) for the tenant's events")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    Webhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register an endpoint",
            description = "url (https; see fatoora.webhooks.allow-http and allowed-networks), events (wire names,"
                    + " none or * for all), description. The answer holds the signing secret (whsec_...) once.")
    @APIResponse(responseCode = "201", description = "The endpoint, with its secret shown this once")
    @APIResponse(responseCode = "400", description = "A bad URL, a refused destination or an unknown event type")
    public Response create(WebhookRequest request, @Context UriInfo uri) {
        WebhookView created = webhooks.create(tenant.id(), request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The tenant's endpoints")
    public List<WebhookView> list() {
        return webhooks.list(tenant.id());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One endpoint")
    public WebhookView get(@PathParam("id") Long id) {
        return webhooks.get(tenant.id(), id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change url, events, description or enabled; absent fields stay")
    public WebhookView change(@PathParam("id") Long id, WebhookRequest request) {
        return webhooks.change(tenant.id(), id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an endpoint and its deliveries")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") Long id) {
        webhooks.delete(tenant.id(), id);
    }

    @POST
    @Path("{id}/secret-rotation")
    @Operation(
            summary = "Rotate the signing secret",
            description = "A new secret, shown once; the previous one signs beside it for `overlap` (ISO-8601,"
                    + " at most P7D; default fatoora.webhooks.rotation-overlap, P1D).")
    public WebhookView rotate(@PathParam("id") Long id, @QueryParam("overlap") String overlap) {
        return webhooks.rotate(tenant.id(), id, overlap);
    }

    @POST
    @Path("{id}/ping")
    @Operation(summary = "Send a webhook.ping test event to this endpoint")
    @APIResponse(responseCode = "202", description = "The delivery, on its way")
    public Response ping(@PathParam("id") Long id) {
        return Response.accepted(webhooks.ping(tenant.id(), id)).build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(
            summary = "Deliveries, newest first",
            description = "Status, attempts, the last status code, latency and error, the next retry. limit 1-200"
                    + " (default 50); before: the nextCursor of the previous page.")
    public DeliveryPage deliveries(
            @PathParam("id") Long id, @QueryParam("before") String before, @QueryParam("limit") String limit) {
        return webhooks.deliveries(tenant.id(), id, before, limit);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again (PENDING now, its attempts so far kept)")
    @APIResponse(responseCode = "202", description = "The delivery, on its way again")
    public Response redeliver(@PathParam("id") Long id, @PathParam("deliveryId") Long deliveryId) {
        DeliveryView view = webhooks.redeliver(tenant.id(), id, deliveryId);
        return Response.accepted(view).build();
    }
}
