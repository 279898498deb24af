package sa.fatoora.gateway.validation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.validation.control.RulePacks;
import sa.fatoora.gateway.validation.entity.ActivatePackRequest;
import sa.fatoora.gateway.validation.entity.RulePackView;

/** Rule packs for administrators: which rules validate documents, and newer ZATCA SDK rules without a redeploy. */
@Path("api/v1/admin/rule-packs")
@Tag(name = "Administration", description = "Tenants, their API keys and rule packs (administrator key only)")
@Produces(MediaType.APPLICATION_JSON)
public class RulePacksResource {

    static final String ZIP = "application/zip";

    @Inject
    RulePacks packs;

    @GET
    @Operation(
            summary = "List rule packs",
            description = "The built-in pack, the configured SDK folder (if any) and every uploaded pack, with its "
                    + "version, digest and which one is active.")
    public List<RulePackView> list() {
        return packs.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rule pack")
    public RulePackView get(@PathParam("id") String id) {
        return packs.find(id);
    }

    @POST
    @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Upload a ZATCA SDK zip as a rule pack",
            description = "Keeps only the zip's Data/Rules, Data/Schemas and Data/Samples files, compiles the rules, "
                    + "runs every sample the zip carries through them and, if all pass, stores the pack and makes it "
                    + "active on every instance (activate=false stores it only). A hostile or broken zip changes "
                    + "nothing.")
    @APIResponse(responseCode = "201", description = "Stored (and active unless activate=false)")
    @APIResponse(responseCode = "200", description = "The same pack was stored before; nothing new was stored")
    @APIResponse(responseCode = "400", description = "Not a zip, unsafe entries, or no rules inside (problem+json)")
    @APIResponse(responseCode = "413", description = "Over the size limits (problem+json)")
    @APIResponse(
            responseCode = "422",
            description = "The rules do not compile, the zip has no samples, or the pack rejects its samples")
    public Response upload(
            InputStream zip,
            @Parameter(description = "The SDK version the zip holds, e.g. 3.4.8") @QueryParam("version") String version,
            @Parameter(description = "false: store without making it active") @QueryParam("activate") String activate) {
        return created(packs.upload(zip, version, flag(activate)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a ZATCA SDK zip as a rule pack (form upload, part `file`)")
    public Response uploadForm(
            @FormParam("file") EntityPart file,
            @FormParam("version") String version,
            @FormParam("activate") String activate) {
        if (file == null) {
            throw ValidationFailedException.of("file", "the form has no part named file");
        }
        try (InputStream zip = file.getContent()) {
            return created(packs.upload(zip, version, flag(activate)));
        } catch (IOException e) {
            throw new MalformedRequestException("the uploaded file could not be read").causedBy(e);
        }
    }

    @GET
    @Path("active")
    @Operation(summary = "The rule pack this instance validates with")
    public RulePackView active() {
        return packs.activeView();
    }

    @PUT
    @Path("active")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make a rule pack active",
            description = "`built-in`, `directory` or an uploaded pack's id; every instance follows within "
                    + "fatoora.rule-packs.refresh-seconds.")
    public RulePackView activate(ActivatePackRequest request) {
        if (request == null || request.id() == null || request.id().isBlank()) {
            throw ValidationFailedException.of("/id", "must name a rule pack");
        }
        return packs.activate(request.id().strip());
    }

    private static Response created(RulePacks.Uploaded uploaded) {
        if (!uploaded.created()) {
            return Response.ok(uploaded.pack()).build();
        }
        return Response.created(
                        URI.create("api/v1/admin/rule-packs/" + uploaded.pack().id()))
                .entity(uploaded.pack())
                .build();
    }

    private static boolean flag(String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw ValidationFailedException.of("activate", "must be true or false");
    }
}
