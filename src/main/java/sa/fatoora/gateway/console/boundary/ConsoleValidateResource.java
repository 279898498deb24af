package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.validation.control.ExpectedPih;
import sa.fatoora.gateway.validation.control.StoredInvoiceValidation;
import sa.fatoora.gateway.validation.control.ValidationService;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/**
 * The console's validation page: a UBL document pasted or uploaded, checked by the same control as
 * {@code POST /api/v1/validation}, answered with every stage and its findings; and a stored invoice's report. It
 * stores and changes nothing, so auditors may use it too (ConsolePage.readOnlyPost).
 */
@Path("console/validate")
public class ConsoleValidateResource extends ConsolePage {

    @Inject
    ValidationService validation;

    @Inject
    StoredInvoiceValidation stored;

    @Operation(hidden = true)
    @GET
    @Produces("text/html")
    public Response form(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> answer(200, s, "", "", null, null));
    }

    @Operation(hidden = true)
    @POST
    @Produces("text/html")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response validate(
            @FormParam("csrf") String csrf,
            @FormParam("xml") String pasted,
            @FormParam("file") EntityPart file,
            @FormParam("pih") String pih,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return readOnlyPost(id, csrf, origin, s -> {
            String text = pasted == null ? "" : pasted;
            String expected = pih == null || pih.isBlank() ? null : pih.strip();
            try {
                byte[] uploaded = read(file);
                byte[] xml = uploaded.length > 0 ? uploaded : text.strip().getBytes(StandardCharsets.UTF_8);
                if (xml.length == 0) {
                    return answer(
                            400, s, text, pih, null, Texts.of(s.language()).get("validate.empty"));
                }
                ExpectedPih.check(expected);
                return answer(200, s, text, pih, validation.validate(xml, expected), null);
            } catch (GatewayException e) {
                return answer(e.status(), s, text, pih, null, e.getMessage());
            }
        });
    }

    /**
     * A stored invoice's validation report (the invoice page links here): the same control as
     * {@code GET /api/v1/invoices/{id}/validation}, made now with the active rule pack; another tenant's invoice is
     * not found.
     */
    @Operation(hidden = true)
    @GET
    @Path("invoice/{invoice: [0-9]{1,18}}")
    @Produces("text/html")
    public Response invoice(
            @PathParam("invoice") Long invoice,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> {
            try {
                Map<String, Object> p = params("", "", stored.validate(s.tenantId(), invoice), null);
                p.put("invoice", invoice);
                return page(200, "validate.jte", s, p);
            } catch (ResourceNotFoundException e) {
                return notFound(s);
            }
        });
    }

    /** The uploaded file's bytes; none when no file was chosen (browsers send an empty part then). */
    private static byte[] read(EntityPart file) {
        if (file == null) {
            return new byte[0];
        }
        try (InputStream in = file.getContent()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MalformedRequestException("the uploaded file could not be read").causedBy(e);
        }
    }

    private Response answer(
            int status, ConsoleSession s, String xml, String pih, ValidationReport report, String error) {
        return page(status, "validate.jte", s, params(xml, pih, report, error));
    }

    private static Map<String, Object> params(String xml, String pih, ValidationReport report, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("xml", xml);
        p.put("pih", pih == null ? "" : pih);
        p.put("report", report);
        p.put("error", error);
        p.put("invoice", null);
        return p;
    }
}
