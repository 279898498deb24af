package sa.fatoora.gateway.batch.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.batch.control.BatchIntake;
import sa.fatoora.gateway.batch.control.BatchQueries;
import sa.fatoora.gateway.batch.entity.BatchView;
import sa.fatoora.gateway.batch.entity.InvoiceBatch;
import sa.fatoora.gateway.invoice.control.Idempotency;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/** Bulk submission: many invoice requests in one body, issued in the background; progress and results. */
@Path("api/v1/invoices/batches")
@Tag(name = "Batches", description = "Many invoices in one request, issued in the background")
@Produces(MediaType.APPLICATION_JSON)
public class BatchesResource {

    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    BatchIntake intake;

    @Inject
    BatchQueries queries;

    @Inject
    BatchWorker worker;

    @Inject
    CurrentTenant tenant;

    @Inject
    Validator validator;

    @Context
    Providers providers;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON})
    @Operation(
            summary = "Submit a batch of invoices",
            description = "A JSON array, or NDJSON (application/x-ndjson, one object a line), of the bodies"
                    + " POST /api/v1/invoices takes, each with an optional idempotencyKey beside the invoice's"
                    + " fields; at most fatoora.batches.max-items (10,000) items and fatoora.batches.max-body-bytes"
                    + " (50 MB). Answers 202 at once; the items are issued in the background, each unit's in body"
                    + " order (their ICV order), with the rules of single invoices. An item that breaks them fails"
                    + " alone; a malformed body is refused whole and stores nothing.")
    @APIResponse(responseCode = "202", description = "Accepted: the batch, its Location to follow")
    @APIResponse(
            responseCode = "400",
            description = "MALFORMED_REQUEST (not JSON, not an array, an item not an object)")
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_CONFLICT: the key was used for a different batch")
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE or BATCH_TOO_LARGE")
    public Response submit(
            @Parameter(description = "The unit of items that name none") @QueryParam("egsUnitId") Long egsUnitId,
            @Parameter(description = "clearance, reporting or clearance-and-reporting, for every item")
                    @QueryParam("action")
                    String action,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        boolean ndjson =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(BatchReader.NDJSON);
        SubmissionAction submissionAction = action(action);
        String key = BatchIntake.checkedKey(idempotencyKey);
        MessageDigest sha = sha256();
        InputStream digested = new DigestInputStream(body, sha);
        String prefix = (ndjson ? "ndjson" : "json") + "|" + submissionAction + "|" + egsUnitId;
        Optional<InvoiceBatch> earlier = intake.byKey(tenant.id(), key);
        BatchIntake.Accepted accepted;
        if (earlier.isPresent()) {
            drain(digested);
            accepted = intake.repeat(earlier.get(), digest(prefix, sha));
        } else {
            Jsonb jsonb = providers
                    .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
                    .getContext(InvoiceRequest.class);
            accepted = intake.accept(
                    tenant.id(),
                    key,
                    submissionAction,
                    sink -> BatchReader.read(
                            digested, ndjson, new ItemBinder(jsonb, validator, egsUnitId, sink)::accept),
                    () -> digest(prefix, sha));
            worker.wake();
        }
        InvoiceBatch batch = accepted.batch();
        Response.ResponseBuilder response =
                Response.accepted(queries.summary(batch)).location(URI.create(BatchQueries.PATH + batch.getId()));
        if (accepted.replay()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "A batch: progress and item results",
            description = "counts: items queued, failed, and issued ones by their document's status now; results:"
                    + " one page of items in body order (index, unit, invoice number, status, invoiceId, ICV, error)."
                    + " Next page: after=nextCursor.")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(responseCode = "404", description = "No such batch for this tenant")
    public BatchView get(
            @PathParam("id") Long id,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "items a page, 1 to 1000 (default 100)") @QueryParam("limit") Integer limit) {
        return queries.view(queries.owned(tenant.id(), id), after, limit);
    }

    private static SubmissionAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SubmissionAction.valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("action", "must be clearance, reporting or clearance-and-reporting");
        }
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String digest(String prefix, MessageDigest sha) {
        return Idempotency.digest(prefix, HexFormat.of().formatHex(sha.digest()));
    }
}
