package sa.fatoora.gateway.simulator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.simulator.control.Behaviour;
import sa.fatoora.gateway.simulator.control.Callers;
import sa.fatoora.gateway.simulator.control.Csids;
import sa.fatoora.gateway.simulator.control.Submissions;
import sa.fatoora.gateway.simulator.entity.CsidKind;
import sa.fatoora.gateway.simulator.entity.KnownCsid;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.wire.CsrRequest;
import sa.fatoora.gateway.zatca.entity.wire.InvoiceSubmission;
import sa.fatoora.gateway.zatca.entity.wire.ProductionCsidRequest;

/** Fatoora's onboarding calls: compliance CSID, compliance checks, production CSID and its renewal. */
@Path("e-invoicing/{environment}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FatooraOnboardingResource {

    @Inject
    Csids csids;

    @Inject
    Callers callers;

    @Inject
    Submissions submissions;

    @Inject
    Behaviour behaviour;

    @PathParam("environment")
    String environment;

    @HeaderParam(FatooraHeaders.ACCEPT_VERSION)
    String acceptVersion;

    @HeaderParam(HttpHeaders.AUTHORIZATION)
    String authorization;

    @POST
    @Path("compliance")
    @Operation(summary = "Simulated Fatoora: compliance CSID for a CSR and an OTP")
    public Response compliance(@HeaderParam(FatooraHeaders.OTP) String otp, CsrRequest request) {
        ZatcaEnvironment env = FatooraHeaders.environment(environment, acceptVersion);
        callers.csidCredentials(authorization, null);
        return Response.ok(csids.compliance(env, otp, request == null ? null : request.csr()))
                .build();
    }

    @POST
    @Path("compliance/invoices")
    @Operation(summary = "Simulated Fatoora: compliance check of one document")
    public Response complianceInvoice(InvoiceSubmission submission, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        ZatcaEnvironment env = FatooraHeaders.environment(environment, acceptVersion);
        KnownCsid csid =
                callers.csid(env, authorization, headers.getHeaderString(callers.csidHeader()), CsidKind.COMPLIANCE);
        Submissions.Outcome outcome = submissions.compliance(csid, submission);
        return Response.status(outcome.status()).entity(outcome.response()).build();
    }

    @POST
    @Path("production/csids")
    @Operation(summary = "Simulated Fatoora: production CSID once every compliance step passed")
    public Response production(ProductionCsidRequest request, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        ZatcaEnvironment env = FatooraHeaders.environment(environment, acceptVersion);
        KnownCsid csid =
                callers.csid(env, authorization, headers.getHeaderString(callers.csidHeader()), CsidKind.COMPLIANCE);
        return Response.ok(csids.production(csid, request == null ? null : request.complianceRequestId()))
                .build();
    }

    @PATCH
    @Path("production/csids")
    @Operation(summary = "Simulated Fatoora: renew a production CSID with an OTP and a new CSR")
    public Response renew(
            @HeaderParam(FatooraHeaders.OTP) String otp,
            CsrRequest request,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        ZatcaEnvironment env = FatooraHeaders.environment(environment, acceptVersion);
        callers.csid(env, authorization, headers.getHeaderString(callers.csidHeader()), CsidKind.PRODUCTION);
        Csids.Renewal renewal = csids.renew(
                env,
                otp,
                request == null ? null : request.csr(),
                behaviour.settings().renewalRequiresCompliance());
        // ZATCA wraps the compliance CSID of a 428 in {"value": ...}
        return renewal.complianceRequired()
                ? Response.status(428).entity(Map.of("value", renewal.csid())).build()
                : Response.ok(renewal.csid()).build();
    }
}
