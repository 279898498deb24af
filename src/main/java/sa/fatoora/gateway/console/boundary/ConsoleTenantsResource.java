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
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.console.control.ConsoleTenants;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.console.entity.PageError;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.tenant.entity.CreatedTenant;
import sa.fatoora.gateway.tenant.entity.IssuedKey;

/**
 * The administrator's pages (README "Console"): all tenants, a new tenant, a tenant's keys (a new OPERATOR or
 * AUDITOR key, shown once; revocation), and "open" to see a tenant's own pages, read-only. Signed in with a tenant
 * key, each of them answers 403 and changes nothing; the REST API's {@code /api/v1/admin/tenants} does the same work.
 */
@Path("console/tenants")
public class ConsoleTenantsResource extends ConsolePage {

    static final String TENANT = "{tenant: [0-9]{1,18}}";

    @Inject
    ConsoleTenants tenants;

    @Operation(hidden = true)
    @GET
    @Produces("text/html")
    public Response list(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        return administrator(id, lang, s -> listPage(200, s, "", "", null));
    }

    @Operation(hidden = true)
    @POST
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return adminChange(id, csrfOf(form), origin, s -> {
            String name = form.getFirst("name");
            String label = form.getFirst("keyLabel");
            try {
                CreatedTenant created = tenants.create(name, label);
                return keyPage(s, created.id(), created.name(), created.apiKey());
            } catch (RuntimeException e) {
                PageError error = PageError.of(refusal(e));
                return listPage(error.status(), s, name, label, error);
            }
        });
    }

    @Operation(hidden = true)
    @GET
    @Path(TENANT)
    @Produces("text/html")
    public Response tenant(
            @PathParam("tenant") Long tenant,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return administrator(id, lang, s -> tenantPage(200, s, tenant, null));
    }

    @Operation(hidden = true)
    @POST
    @Path(TENANT + "/keys")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addKey(
            @PathParam("tenant") Long tenant,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return adminChange(
                id,
                csrfOf(form),
                origin,
                s -> orRefusedOnTenantPage(s, tenant, () -> {
                    IssuedKey key = tenants.addKey(tenant, form.getFirst("label"), form.getFirst("role"));
                    return keyPage(s, tenant, tenants.get(tenant).name(), key);
                }));
    }

    @Operation(hidden = true)
    @POST
    @Path(TENANT + "/keys/{key: [0-9]{1,18}}/revocation")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeKey(
            @PathParam("tenant") Long tenant,
            @PathParam("key") Long key,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return adminChange(
                id,
                csrfOf(form),
                origin,
                s -> orRefusedOnTenantPage(s, tenant, () -> {
                    tenants.revokeKey(tenant, key);
                    return redirect("console/tenants/" + tenant);
                }));
    }

    /** The administrator's session sees this tenant's pages from now on (read-only), starting at its dashboard. */
    @Operation(hidden = true)
    @POST
    @Path(TENANT + "/view")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response view(
            @PathParam("tenant") Long tenant,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return adminChange(id, csrfOf(form), origin, s -> {
            try {
                tenants.view(s, tenant);
                return redirect("console/dashboard");
            } catch (ResourceNotFoundException e) {
                return notFound(s);
            }
        });
    }

    /** A form's URL asked with GET (its page's language links): the tenant's page. */
    @Operation(hidden = true)
    @GET
    @Path(TENANT + "/{change: keys|view|keys/[0-9]{1,18}/revocation}")
    public Response afterChange(
            @PathParam("tenant") Long tenant,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return administrator(id, lang, s -> redirect("console/tenants/" + tenant));
    }

    /** The change's answer; a refusal is shown on the tenant's page with the API's problem and status. */
    private Response orRefusedOnTenantPage(ConsoleSession s, Long tenant, Supplier<Response> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            PageError error = PageError.of(refusal(e));
            return tenantPage(error.status(), s, tenant, error);
        }
    }

    private Response listPage(int status, ConsoleSession s, String name, String keyLabel, PageError error) {
        Map<String, Object> p = new HashMap<>();
        p.put("tenants", tenants.list());
        p.put("name", name == null ? "" : name);
        p.put("keyLabel", keyLabel == null ? "" : keyLabel);
        p.put("error", error);
        return page(status, "tenants.jte", s, p);
    }

    private Response tenantPage(int status, ConsoleSession s, Long tenant, PageError error) {
        try {
            Map<String, Object> p = new HashMap<>();
            p.put("tenant", tenants.get(tenant));
            p.put("keys", tenants.keys(tenant));
            p.put("error", error);
            return page(status, "tenant.jte", s, p);
        } catch (ResourceNotFoundException e) {
            return page(404, "notfound.jte", s, Map.of("back", "tenants"));
        }
    }

    /** A new key, shown this once (the gateway keeps only its hash). */
    private Response keyPage(ConsoleSession s, Long tenant, String tenantName, IssuedKey key) {
        return page(201, "keyIssued.jte", s, Map.of("tenantId", tenant, "tenantName", tenantName, "k", key));
    }
}
