package sa.fatoora.gateway.invoice.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.invoice.control.Idempotency;
import sa.fatoora.gateway.invoice.control.InvoiceQueries;
import sa.fatoora.gateway.invoice.control.InvoiceService;
import sa.fatoora.gateway.invoice.control.SendNow;
import sa.fatoora.gateway.invoice.entity.InvoicePage;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceView;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** Issuing documents (sign, store, clear or report) and reading them back. */
@Path("api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices from JSON to signed, cleared or reported documents")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    InvoiceService service;

    @Inject
    InvoiceQueries queries;

    @Inject
    SendNow sendNow;

    @Inject
    CurrentTenant tenant;

    @Inject
    Validator validator;

    @Context
    Providers providers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue a document from JSON",
            description = "Policy check, then ICV/PIH from the unit's chain, signing and storing in one transaction,"
                    + " then clearance (standard) or reporting (simplified). 201 CLEARED/REPORTED, 202 PENDING"
                    + " (Fatoora not reached: stored, the outbox delivers it), 200 REJECTED with ZATCA's messages."
                    + " A repeated Idempotency-Key (or, without one, invoice number) answers the first result.")
    @RequestBody(
            description = "The invoice model of POST /api/v1/invoices/check, plus egsUnitId (or the query parameter)",
            content =
                    @Content(
                            schema = @Schema(implementation = InvoiceRequest.class),
                            examples = @ExampleObject(name = "simplified invoice", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "CLEARED (with the cleared XML and ZATCA's QR) or REPORTED")
    @APIResponse(responseCode = "202", description = "PENDING: signed and stored, delivery continues in the outbox")
    @APIResponse(responseCode = "200", description = "REJECTED by ZATCA; the document keeps its ICV")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, TOTALS_MISMATCH or MALFORMED_REQUEST")
    @APIResponse(responseCode = "404", description = "No such EGS unit for this tenant")
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_CONFLICT or NO_ACTIVE_CERTIFICATE")
    @APIResponse(responseCode = "422", description = "ZATCA_POLICY_VIOLATION: nothing was signed or stored")
    public Response issue(
            @Parameter(description = "The issuing unit (or egsUnitId in the body)") @QueryParam("egsUnitId")
                    Long egsUnitId,
            @Parameter(
                            description =
                                    "clearance, reporting or clearance-and-reporting; default: ZATCA's for the subtype")
                    @QueryParam("action")
                    String action,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(
                            description = "respond-async: answer 202 once signed and stored; wait=<seconds>: answer"
                                    + " PENDING sooner than the 5-minute clearance window")
                    @HeaderParam("Prefer")
                    String prefer,
            @NotNull JsonObject body) {
        InvoiceBody bound = InvoiceBody.bind(body, providers, validator);
        var preferences = RequestOptions.preferences(prefer);
        var submission =
                submission(RequestOptions.unit(egsUnitId, bound.egsUnitId()), action, idempotencyKey, preferences);
        return answer(service.fromJson(submission, bound.invoice()), preferences);
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(
            summary = "Issue a document from an ERP's unsigned UBL XML",
            description = "As the JSON variant. The gateway writes the unit's ICV and PIH into the document (values"
                    + " already there are replaced: the gateway owns the chain), signs it and submits it. Business"
                    + " rules are ZATCA's to check: a wrong document comes back REJECTED with its messages.")
    @APIResponse(responseCode = "201", description = "CLEARED or REPORTED")
    @APIResponse(responseCode = "202", description = "PENDING")
    @APIResponse(responseCode = "200", description = "REJECTED by ZATCA")
    @APIResponse(
            responseCode = "400",
            description = "Not an unsigned UBL Invoice (XML_REJECTED, VALIDATION_FAILED," + " INVOICE_ALREADY_SIGNED)")
    @APIResponse(responseCode = "422", description = "ZATCA_POLICY_VIOLATION")
    public Response issueXml(
            @QueryParam("egsUnitId") Long egsUnitId,
            @QueryParam("action") String action,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam("Prefer") String prefer,
            byte[] xml) {
        var preferences = RequestOptions.preferences(prefer);
        var submission = submission(RequestOptions.unit(egsUnitId, null), action, idempotencyKey, preferences);
        return answer(service.fromXml(submission, xml), preferences);
    }

    @GET
    @Operation(
            summary = "List documents",
            description = "Newest first. Filters: status, egsUnitId, issue dates from/to (YYYY-MM-DD, inclusive);"
                    + " atRisk=true lists PENDING documents near or past their 24-hour reporting deadline, or not taken"
                    + " by Fatoora in fatoora.outbox.at-risk-attempts attempts (each with its atRiskReason).")
    @APIResponse(responseCode = "200", description = "One page")
    public InvoicePage list(
            @QueryParam("status") String status,
            @QueryParam("egsUnitId") Long egsUnitId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("atRisk") boolean atRisk,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.list(
                tenant.id(),
                new InvoiceQueries.Filter(
                        RequestOptions.status(status),
                        egsUnitId,
                        RequestOptions.date("from", from),
                        RequestOptions.date("to", to),
                        atRisk,
                        RequestOptions.page(page),
                        RequestOptions.size(size)));
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "One document: status, ICV, hash, ZATCA's messages, submissions, deadline",
            description = "With Accept: application/pdf (preferred over JSON), the document as PDF/A-3b instead, as"
                    + " GET /api/v1/invoices/{id}/pdf answers it (the pdf capability routes such a request there).")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", description = "No such document for this tenant")
    public InvoiceView get(@PathParam("id") Long id) {
        return queries.view(queries.owned(tenant.id(), id), false);
    }

    @POST
    @Path("{id}/send")
    @Operation(
            summary = "Send a PENDING document now",
            description = "One attempt at once instead of at the document's next attempt (the outbox's backoff), for"
                    + " when ZATCA is reachable again or a deadline is near. The same claim as the outbox's, so the"
                    + " document is never sent twice. Answers the document afterwards: REPORTED, CLEARED or REJECTED,"
                    + " or PENDING again with the new lastError and next attempt.")
    @APIResponse(responseCode = "200", description = "The document after the attempt")
    @APIResponse(responseCode = "404", description = "No such document for this tenant")
    @APIResponse(
            responseCode = "409",
            description = "INVOICE_NOT_PENDING: ZATCA answered it already, or another attempt holds it right now")
    public InvoiceView send(@PathParam("id") Long id) {
        return sendNow.send(tenant.id(), id);
    }

    @GET
    @Path("{id}/xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The document's XML: the cleared one if ZATCA cleared it, else the signed one")
    @APIResponse(responseCode = "200", description = "UBL 2.1 XML")
    @APIResponse(responseCode = "404", description = "No such document for this tenant")
    public Response xml(@PathParam("id") Long id) {
        return Response.ok(queries.xml(queries.owned(tenant.id(), id)), MediaType.APPLICATION_XML_TYPE)
                .build();
    }

    private InvoiceService.Submission submission(
            Long egsUnitId, String action, String key, RequestOptions.Preferences preferences) {
        return new InvoiceService.Submission(
                tenant.id(),
                egsUnitId,
                RequestOptions.action(action),
                key,
                preferences.maxWait(),
                preferences.respondAsync());
    }

    private Response answer(InvoiceService.Outcome outcome, RequestOptions.Preferences preferences) {
        var document = outcome.document();
        Response.ResponseBuilder response = Response.status(RequestOptions.httpStatus(document.getStatus()))
                .location(URI.create("api/v1/invoices/" + document.getId()))
                .entity(queries.view(document, outcome.attemptsMade(), true));
        if (outcome.replay()) {
            response.header(REPLAYED, "true");
        }
        String applied = preferences.applied();
        if (applied != null && !outcome.replay()) {
            response.header("Preference-Applied", applied);
        }
        return response.build();
    }

    static final String EXAMPLE =
            """
            {"egsUnitId": 1, "documentType": "TAX_INVOICE", "subtype": "SIMPLIFIED", "id": "SME00010",
             "paymentMeansCode": "10",
             "lines": [{"id": "1", "name": "كتاب", "quantity": 33, "unitCode": "PCE", "netPrice": 3.00,
                        "vatCategory": "S", "vatRate": 15}]}""";
}
