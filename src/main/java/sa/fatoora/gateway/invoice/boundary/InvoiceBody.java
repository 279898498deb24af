package sa.fatoora.gateway.invoice.boundary;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.util.Set;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;

/**
 * The body of {@code POST /api/v1/invoices}: the invoice, plus the unit named next to it (the invoice model does not
 * know units). Bound with the API's strict JSON-B configuration and validated, since binding by hand skips the
 * container's validation.
 *
 * @param egsUnitId the body's {@code egsUnitId}, or null
 */
record InvoiceBody(Long egsUnitId, InvoiceRequest invoice) {

    static InvoiceBody bind(JsonObject body, Providers providers, Validator validator) {
        Long unit = RequestOptions.unitField(body);
        JsonObject invoice = JSON.createObjectBuilder(body).remove("egsUnitId").build();
        InvoiceRequest request = providers
                .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
                .getContext(InvoiceRequest.class)
                .fromJson(invoice.toString(), InvoiceRequest.class);
        // without this no @Size held (a 3 MB line name was signed and sent)
        Set<ConstraintViolation<InvoiceRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return new InvoiceBody(unit, request);
    }
}
