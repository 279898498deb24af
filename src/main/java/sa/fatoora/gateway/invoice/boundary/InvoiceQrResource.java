package sa.fatoora.gateway.invoice.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import sa.fatoora.gateway.invoice.control.InvoiceQueries;
import sa.fatoora.gateway.invoice.control.QrImage;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.tenant.control.CurrentTenant;

/**
 * A document's QR: the base64 TLV as JSON or text, or a PNG to print. Chosen by {@code Accept}, or by
 * {@code ?format=json|text|png} for clients that can't set headers (an {@code <img src>}).
 */
@Path("api/v1/invoices/{id}/qr")
@Tag(name = "Invoices")
public class InvoiceQrResource {

    static final MediaType PNG = new MediaType("image", "png");
    private static final Map<String, MediaType> FORMATS =
            Map.of("json", MediaType.APPLICATION_JSON_TYPE, "text", MediaType.TEXT_PLAIN_TYPE, "png", PNG);

    @Inject
    InvoiceQueries queries;

    @Inject
    CurrentTenant tenant;

    /** The QR and where it comes from: ZATCA (a cleared document's) or GATEWAY (the one it signed with). */
    public record QrView(Long invoiceId, String qr, String source) {}

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "image/png"})
    @Operation(summary = "The QR code: ZATCA's for a cleared document, the gateway's otherwise; JSON, text or PNG")
    @APIResponse(responseCode = "200", description = "The QR")
    @APIResponse(responseCode = "404", description = "No such document for this tenant")
    public Response qr(
            @PathParam("id") Long id,
            @QueryParam("format") String format,
            @QueryParam("size") Integer size,
            @Context Request request) {
        InvoiceDocument d = queries.owned(tenant.id(), id);
        MediaType type = type(format, request);
        if (PNG.isCompatible(type)) {
            return Response.ok(QrImage.png(d.getQr(), size(size)), PNG).build();
        }
        if (MediaType.TEXT_PLAIN_TYPE.isCompatible(type)) {
            return Response.ok(d.getQr(), MediaType.TEXT_PLAIN_TYPE).build();
        }
        return Response.ok(
                        new QrView(d.getId(), d.getQr(), d.getClearedXml() != null ? "ZATCA" : "GATEWAY"),
                        MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static MediaType type(String format, Request request) {
        if (format != null) {
            MediaType type = FORMATS.get(format.strip().toLowerCase(Locale.ROOT));
            if (type == null) {
                throw ValidationFailedException.of("format", "must be json, text or png");
            }
            return type;
        }
        Variant chosen = request.selectVariant(
                Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_PLAIN_TYPE, PNG)
                        .build());
        if (chosen == null) {
            throw new NotAcceptableException("Accept must allow application/json, text/plain or image/png");
        }
        return chosen.getMediaType();
    }

    private static int size(Integer size) {
        if (size == null) {
            return QrImage.DEFAULT_SIZE;
        }
        if (size < QrImage.MIN_SIZE || size > QrImage.MAX_SIZE) {
            throw ValidationFailedException.of(
                    "size", "must be " + QrImage.MIN_SIZE + " to " + QrImage.MAX_SIZE + " pixels");
        }
        return size;
    }
}
