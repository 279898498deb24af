package sa.fatoora.gateway.simulator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.simulator.control.Callers;
import sa.fatoora.gateway.simulator.control.SimulatorException;
import sa.fatoora.gateway.simulator.control.Submissions;
import sa.fatoora.gateway.simulator.entity.CsidKind;
import sa.fatoora.gateway.simulator.entity.KnownCsid;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.wire.InvoiceSubmission;

/** Fatoora's document calls with a production CSID: reporting (simplified) and clearance (standard). */
@Path("e-invoicing/{environment}/invoices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FatooraInvoicesResource {

    @Inject
    Callers callers;

    @Inject
    Submissions submissions;

    @PathParam("environment")
    String environment;

    @HeaderParam(FatooraHeaders.ACCEPT_VERSION)
    String acceptVersion;

    @HeaderParam(HttpHeaders.AUTHORIZATION)
    String authorization;

    @Context
    HttpHeaders headers;

    @POST
    @Path("reporting/single")
    @Operation(summary = "Simulated Fatoora: report a simplified document (Clearance-Status: 0)")
    public Response report(@HeaderParam(FatooraHeaders.CLEARANCE_STATUS) String clearanceStatus, InvoiceSubmission s) {
        return submit(s, "0", clearanceStatus, Submissions.Route.REPORTING);
    }

    @POST
    @Path("clearance/single")
    @Operation(summary = "Simulated Fatoora: clear a standard document (Clearance-Status: 1)")
    public Response clear(@HeaderParam(FatooraHeaders.CLEARANCE_STATUS) String clearanceStatus, InvoiceSubmission s) {
        return submit(s, "1", clearanceStatus, Submissions.Route.CLEARANCE);
    }

    private Response submit(InvoiceSubmission s, String expected, String clearanceStatus, Submissions.Route route) {
        ZatcaEnvironment env = FatooraHeaders.environment(environment, acceptVersion);
        KnownCsid csid =
                callers.csid(env, authorization, headers.getHeaderString(callers.csidHeader()), CsidKind.PRODUCTION);
        if (!expected.equals(clearanceStatus == null ? null : clearanceStatus.strip())) {
            throw SimulatorException.error(400, "Invalid-Clearance-Status", "Clearance-Status must be " + expected);
        }
        Submissions.Outcome outcome = submissions.submit(csid, s, route);
        return Response.status(outcome.status()).entity(outcome.response()).build();
    }
}
