package sa.fatoora.gateway.tenant.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.tenant.control.KeyRoles;
import sa.fatoora.gateway.tenant.control.TenantService;
import sa.fatoora.gateway.tenant.entity.CreateKeyRequest;
import sa.fatoora.gateway.tenant.entity.CreateTenantRequest;
import sa.fatoora.gateway.tenant.entity.CreatedTenant;
import sa.fatoora.gateway.tenant.entity.IssuedKey;
import sa.fatoora.gateway.tenant.entity.KeyView;
import sa.fatoora.gateway.tenant.entity.TenantView;

@Path("api/v1/admin/tenants")
@Tag(name = "Administration", description = "Tenants and their API keys (administrator key only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminTenantsResource {

    @Inject
    TenantService tenants;

    @POST
    @Operation(
            summary = "Create a tenant and its first API key",
            description = "The key is shown once, in this answer.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "tenant",
                                            value =
                                                    "{\"name\": \"Maximum Speed Tech Supply LTD\", \"keyLabel\": \"ERP production\"}")))
    @APIResponse(responseCode = "201", description = "Created; `apiKey.key` is shown only now")
    @APIResponse(responseCode = "400", description = "Invalid body (problem+json)")
    @APIResponse(responseCode = "401", description = "Missing or wrong administrator key (problem+json)")
    public Response create(@Valid @NotNull CreateTenantRequest request) {
        CreatedTenant created = tenants.create(request.name(), request.keyLabel());
        return Response.created(URI.create("api/v1/admin/tenants/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List tenants")
    public List<TenantView> list() {
        return tenants.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tenant")
    public TenantView get(@PathParam("id") Long id) {
        return tenants.get(id);
    }

    @GET
    @Path("{id}/keys")
    @Operation(summary = "A tenant's keys (prefixes only, never the keys)")
    public List<KeyView> keys(@PathParam("id") Long id) {
        return tenants.keys(id);
    }

    @POST
    @Path("{id}/keys")
    @Operation(
            summary = "Issue another API key for a tenant",
            description = "The key is shown once, in this answer. role: OPERATOR (default) or AUDITOR (read and"
                    + " export only: every change request answers 403).")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public Response addKey(@PathParam("id") Long id, @Valid CreateKeyRequest request) {
        IssuedKey key = tenants.addKey(
                id, request == null ? null : request.label(), KeyRoles.parse(request == null ? null : request.role()));
        return Response.created(URI.create("api/v1/admin/tenants/" + id + "/keys/" + key.id()))
                .entity(key)
                .build();
    }

    @DELETE
    @Path("{id}/keys/{keyId}")
    @Operation(summary = "Revoke an API key", description = "Takes effect for the next request.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key for this tenant")
    public void revoke(@PathParam("id") Long id, @PathParam("keyId") Long keyId) {
        tenants.revokeKey(id, keyId);
    }
}
