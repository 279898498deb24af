package sa.fatoora.gateway.batch.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * Why an item failed, as stored and shown: the problem a single {@code POST /api/v1/invoices} of the same request
 * would have answered ({@code code}, {@code status}, {@code detail}, {@code errors} with JSON pointers into the
 * item's invoice).
 */
public final class ItemErrors {

    private ItemErrors() {}

    public static String of(GatewayException e) {
        return of(e.code(), e.status(), e.getMessage(), e.errors());
    }

    public static String of(String code, int status, String detail, List<FieldError> errors) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("code", code)
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (FieldError error : errors) {
            list.add(JSON.createObjectBuilder().add("pointer", error.pointer()).add("message", error.message()));
        }
        return o.add("errors", list).build().toString();
    }

    public static JsonObject read(String stored) {
        if (stored == null) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(stored))) {
            return reader.readObject();
        }
    }
}
