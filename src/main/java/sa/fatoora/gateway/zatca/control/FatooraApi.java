package sa.fatoora.gateway.zatca.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import sa.fatoora.gateway.zatca.entity.wire.CsrRequest;
import sa.fatoora.gateway.zatca.entity.wire.InvoiceSubmission;
import sa.fatoora.gateway.zatca.entity.wire.ProductionCsidRequest;

/**
 * Fatoora's six calls as a MicroProfile REST client, relative to an environment's base URL. Every call answers the
 * raw Response: Fatoora's status codes carry meaning (208, 303, 409, 428) that exception mapping would lose.
 */
@ClientHeaderParam(name = FatooraApi.ACCEPT_VERSION, value = "V2")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface FatooraApi {

    String ACCEPT_VERSION = "Accept-Version";
    String ACCEPT_LANGUAGE = "Accept-Language";
    String OTP = "OTP";
    String CLEARANCE_STATUS = "Clearance-Status";

    @POST
    @Path("compliance")
    Response complianceCsid(
            @HeaderParam(ACCEPT_LANGUAGE) String language, @HeaderParam(OTP) String otp, CsrRequest request);

    @POST
    @Path("compliance/invoices")
    Response complianceCheck(
            @HeaderParam(ACCEPT_LANGUAGE) String language,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InvoiceSubmission submission);

    @POST
    @Path("production/csids")
    Response productionCsid(
            @HeaderParam(ACCEPT_LANGUAGE) String language,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            ProductionCsidRequest request);

    @PATCH
    @Path("production/csids")
    Response renewProductionCsid(
            @HeaderParam(ACCEPT_LANGUAGE) String language,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(OTP) String otp,
            CsrRequest request);

    @POST
    @Path("invoices/reporting/single")
    @ClientHeaderParam(name = CLEARANCE_STATUS, value = "0")
    Response report(
            @HeaderParam(ACCEPT_LANGUAGE) String language,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InvoiceSubmission submission);

    @POST
    @Path("invoices/clearance/single")
    @ClientHeaderParam(name = CLEARANCE_STATUS, value = "1")
    Response clear(
            @HeaderParam(ACCEPT_LANGUAGE) String language,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InvoiceSubmission submission);
}
