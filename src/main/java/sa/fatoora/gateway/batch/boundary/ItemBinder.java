package sa.fatoora.gateway.batch.boundary;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sa.fatoora.gateway.batch.control.BatchIntake;
import sa.fatoora.gateway.batch.control.ItemErrors;
import sa.fatoora.gateway.batch.control.ItemSink;
import sa.fatoora.gateway.invoice.control.Idempotency;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.JsonPointers;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * One item of a batch: the body of a single {@code POST /api/v1/invoices} (the invoice, with {@code egsUnitId} or
 * the batch's {@code egsUnitId} query parameter) plus an optional {@code idempotencyKey} beside the invoice's
 * fields. Bound with the API's strict JSON-B configuration and validated as a single request is; an item that fails
 * here is stored as failed with the problem a single request would have answered, and the batch goes on.
 */
final class ItemBinder {

    static final String KEY_FIELD = "idempotencyKey";
    static final String UNIT_FIELD = "egsUnitId";

    /** Yasson's wording: "Json property foo can not be mapped to a class ..."; only the name is shown. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S{1,100}) can not be mapped");

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_$.-]{1,100}");

    private final Jsonb jsonb;
    private final Validator validator;
    private final Long unitParameter;
    private final ItemSink sink;

    ItemBinder(Jsonb jsonb, Validator validator, Long unitParameter, ItemSink sink) {
        this.jsonb = jsonb;
        this.validator = validator;
        this.unitParameter = unitParameter;
        this.sink = sink;
    }

    private record Bound(Long unit, String key, InvoiceRequest request) {}

    void accept(JsonObject item) {
        Bound bound;
        try {
            bound = bind(item);
        } catch (GatewayException e) {
            sink.refused(ItemErrors.of(e));
            return;
        } catch (InvalidFields e) {
            sink.refused(ItemErrors.of("VALIDATION_FAILED", 400, e.errors.size() + " invalid field(s)", e.errors));
            return;
        } catch (RuntimeException e) {
            sink.refused(ItemErrors.of("MALFORMED_REQUEST", 400, malformed(e), List.of()));
            return;
        }
        // outside the try: the sink's own refusals (too many items) end the whole batch
        sink.queued(
                bound.unit(),
                bound.request().id(),
                bound.key(),
                Idempotency.canonicalJson(bound.request()).getBytes(StandardCharsets.UTF_8));
    }

    private Bound bind(JsonObject item) {
        String key = BatchIntake.checkedItemKey(text(item, KEY_FIELD));
        Long unit = unit(item);
        JsonObject invoice = JSON.createObjectBuilder(item)
                .remove(UNIT_FIELD)
                .remove(KEY_FIELD)
                .build();
        InvoiceRequest request = jsonb.fromJson(invoice.toString(), InvoiceRequest.class);
        Set<ConstraintViolation<InvoiceRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidFields(violations.stream()
                    .map(v -> new FieldError(JsonPointers.of(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::pointer))
                    .toList());
        }
        return new Bound(unit, key, request);
    }

    private Long unit(JsonObject item) {
        JsonValue value = item.get(UNIT_FIELD);
        Long field = null;
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                throw new InvalidFields(List.of(new FieldError("/" + UNIT_FIELD, "must be a whole number")));
            }
            field = n.longValue();
        }
        if (unitParameter != null && field != null && !unitParameter.equals(field)) {
            throw new InvalidFields(
                    List.of(new FieldError("/" + UNIT_FIELD, "differs from the egsUnitId query parameter")));
        }
        Long unit = unitParameter != null ? unitParameter : field;
        if (unit == null) {
            throw new InvalidFields(
                    List.of(new FieldError("/" + UNIT_FIELD, "is required (in the item or as query parameter)")));
        }
        return unit;
    }

    private static String text(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidFields(List.of(new FieldError("/" + field, "must be a string")));
    }

    static String malformed(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            String message = c.getMessage();
            if (message != null) {
                Matcher m = UNKNOWN_PROPERTY.matcher(message);
                if (m.find() && SAFE_NAME.matcher(m.group(1)).matches()) {
                    return "Unknown field '" + m.group(1) + "' in the item";
                }
            }
        }
        return "The item does not match the invoice request's structure (a field of the wrong type?)";
    }

    /** Field rules broken: their pointers and messages. */
    private static final class InvalidFields extends RuntimeException {

        final List<FieldError> errors;

        InvalidFields(List<FieldError> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }
}
