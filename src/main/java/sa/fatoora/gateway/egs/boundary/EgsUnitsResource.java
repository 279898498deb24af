package sa.fatoora.gateway.egs.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.EgsUnitRequest;
import sa.fatoora.gateway.egs.entity.EgsUnitView;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

@Path("api/v1/egs-units")
@Tag(name = "EGS units", description = "The tenant's e-invoicing solution units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EgsUnitsResource {

    static final String EXAMPLE =
            """
            {"name": "TST-886431145-399999999900003", "environment": "SANDBOX", "functionality": "1100",
             "seller": {"vatNumber": "399999999900003", "legalName": "Maximum Speed Tech Supply LTD",
                        "otherId": {"scheme": "CRN", "value": "1010010000"},
                        "address": {"street": "Prince Sultan", "buildingNumber": "2322", "district": "Al-Murabba",
                                    "city": "Riyadh", "postalCode": "23333", "countryCode": "SA"}},
             "branch": "Riyadh Branch", "industry": "Supply activities", "location": "RRRD2929",
             "solution": {"name": "TST", "model": "TST", "serial": "ed22f1d8-e6a2-1118-9b58-d9a8f11e445f"}}""";

    @Inject
    EgsUnitService units;

    @Inject
    CurrentTenant tenant;

    @POST
    @Operation(summary = "Register an EGS unit")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "unit", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; answers the unit with its id")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named by a JSON pointer")
    @APIResponse(responseCode = "409", description = "A unit with this name exists")
    public Response create(@Valid @NotNull EgsUnitRequest request) {
        EgsUnitView unit = units.create(tenant.id(), request);
        return Response.created(URI.create("api/v1/egs-units/" + unit.id()))
                .entity(unit)
                .build();
    }

    @GET
    @Operation(summary = "The tenant's EGS units")
    public List<EgsUnitView> list() {
        return units.list(tenant.id());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One EGS unit")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", description = "No such unit for this tenant")
    public EgsUnitView get(@PathParam("id") Long id) {
        return units.get(tenant.id(), id);
    }
}
