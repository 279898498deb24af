package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.console.entity.WebhookForm;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.webhook.control.Webhooks;
import sa.fatoora.gateway.webhook.entity.DeliveryPage;
import sa.fatoora.gateway.webhook.entity.WebhookRequest;
import sa.fatoora.gateway.webhook.entity.WebhookView;

/**
 * The console's webhook pages: the tenant's endpoints, registering one (its signing secret shown on the answer page
 * only, never again), one endpoint with its deliveries, ping, switching it on and off, redelivery. Everything goes
 * through the webhook capability's {@link Webhooks}, as the REST API does: the SSRF guard, the limits and the audit
 * apply alike, and another tenant's endpoint is not found.
 */
@Path("console/webhooks")
public class ConsoleWebhooksResource extends ConsolePage {

    static final String DELIVERIES_PER_PAGE = "50";

    @Inject
    Webhooks webhooks;

    @Operation(hidden = true)
    @GET
    @Produces("text/html")
    public Response list(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> listPage(200, s, WebhookForm.EMPTY, null));
    }

    @Operation(hidden = true)
    @POST
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(id, form, origin, s -> {
            WebhookForm typed = new WebhookForm(form.getFirst("url"), form.get("events"), form.getFirst("description"));
            try {
                WebhookView created = webhooks.create(
                        s.tenantId(),
                        new WebhookRequest(typed.url().strip(), typed.events(), typed.description(), null));
                // the one page that shows the secret: an answer to the POST, never a page one can GET again
                return page(201, "webhookCreated.jte", s, Map.of("w", created));
            } catch (GatewayException e) {
                return listPage(e.status(), s, typed, e.getMessage());
            }
        });
    }

    @Operation(hidden = true)
    @GET
    @Path("{webhook: [0-9]{1,18}}")
    @Produces("text/html")
    public Response webhook(
            @PathParam("webhook") Long webhook,
            @QueryParam("before") String before,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> {
            try {
                return detailPage(200, s, webhook, before, null);
            } catch (ResourceNotFoundException e) {
                return notFound(s);
            } catch (GatewayException e) {
                return detailPage(e.status(), s, webhook, null, e.getMessage());
            }
        });
    }

    @Operation(hidden = true)
    @POST
    @Path("{webhook: [0-9]{1,18}}/ping")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ping(
            @PathParam("webhook") Long webhook,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(id, form, origin, s -> act(s, webhook, () -> webhooks.ping(s.tenantId(), webhook)));
    }

    @Operation(hidden = true)
    @POST
    @Path("{webhook: [0-9]{1,18}}/enabled")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enabled(
            @PathParam("webhook") Long webhook,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(id, form, origin, s -> {
            String asked = form.getFirst("enabled");
            if (!"true".equals(asked) && !"false".equals(asked)) {
                return detailPage(400, s, webhook, null, "enabled: true or false");
            }
            boolean on = Boolean.parseBoolean(asked);
            return act(
                    s, webhook, () -> webhooks.change(s.tenantId(), webhook, new WebhookRequest(null, null, null, on)));
        });
    }

    @Operation(hidden = true)
    @POST
    @Path("{webhook: [0-9]{1,18}}/deliveries/{delivery: [0-9]{1,18}}/redelivery")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeliver(
            @PathParam("webhook") Long webhook,
            @PathParam("delivery") Long delivery,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(
                id, form, origin, s -> act(s, webhook, () -> webhooks.redeliver(s.tenantId(), webhook, delivery)));
    }

    /** A change to one endpoint, then its page again (303); refused: the page with why, nothing changed. */
    private Response act(ConsoleSession s, Long webhook, Runnable change) {
        try {
            change.run();
            return redirect("console/webhooks/" + webhook);
        } catch (ResourceNotFoundException e) {
            return notFound(s);
        } catch (GatewayException e) {
            return detailPage(e.status(), s, webhook, null, e.getMessage());
        }
    }

    private Response listPage(int status, ConsoleSession s, WebhookForm form, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("hooks", webhooks.list(s.tenantId()));
        p.put("form", form);
        p.put("types", WebhookForm.TYPES);
        p.put("error", error);
        return page(status, "webhooks.jte", s, p);
    }

    private Response detailPage(int status, ConsoleSession s, Long webhook, String before, String error) {
        WebhookView w = webhooks.get(s.tenantId(), webhook);
        DeliveryPage deliveries = webhooks.deliveries(s.tenantId(), webhook, before, DELIVERIES_PER_PAGE);
        Map<String, Object> p = new HashMap<>();
        p.put("w", w);
        p.put("deliveries", deliveries);
        p.put("error", error);
        return page(status, "webhook.jte", s, p);
    }
}
