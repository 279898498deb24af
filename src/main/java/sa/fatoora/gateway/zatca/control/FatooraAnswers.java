package sa.fatoora.gateway.zatca.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import sa.fatoora.gateway.zatca.entity.CsidCredentials;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;
import sa.fatoora.gateway.zatca.entity.FatooraOutcome;
import sa.fatoora.gateway.zatca.entity.FatooraResult;
import sa.fatoora.gateway.zatca.entity.IssuedCsid;

/**
 * Reads Fatoora's answers leniently, as they really come: infoMessages as one object or an array, requestID as a
 * number or a string, absent or null fields, error bodies as {code, message} or an errors array.
 */
final class FatooraAnswers {

    private FatooraAnswers() {}

    static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonException | IllegalStateException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    static IssuedCsid csid(JsonObject o) {
        String token = text(o, "binarySecurityToken");
        String secret = text(o, "secret");
        if (token == null || secret == null) {
            throw new FatooraUnavailableException("ZATCA answered a CSID without binarySecurityToken or secret");
        }
        return new IssuedCsid(
                requestId(o.get("requestID")), text(o, "dispositionMessage"), new CsidCredentials(token, secret));
    }

    static long requestId(JsonValue v) {
        return number(v, 0);
    }

    /** A number Fatoora (or a token endpoint) may send as a JSON number or as text; else the fallback. */
    static long number(JsonValue v, long fallback) {
        if (v instanceof JsonNumber n) {
            return n.longValue();
        }
        if (v instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString().strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    static FatooraResult result(int status, FatooraOutcome outcome, JsonObject o) {
        List<FatooraMessage> messages = new ArrayList<>();
        if (o.get("validationResults") instanceof JsonObject results) {
            messages(results.get("infoMessages"), "INFO", messages);
            messages(results.get("warningMessages"), "WARNING", messages);
            messages(results.get("errorMessages"), "ERROR", messages);
        }
        String fatooraStatus = text(o, "clearanceStatus");
        if (fatooraStatus == null) {
            fatooraStatus = text(o, "reportingStatus");
        }
        String cleared = text(o, "clearedInvoice");
        return new FatooraResult(
                status,
                outcome,
                fatooraStatus,
                messages,
                cleared == null ? null : Base64.getDecoder().decode(cleared));
    }

    private static void messages(JsonValue v, String defaultType, List<FatooraMessage> into) {
        if (v instanceof JsonObject one) {
            into.add(message(one, defaultType));
        } else if (v instanceof JsonArray many) {
            many.stream()
                    .filter(JsonObject.class::isInstance)
                    .forEach(m -> into.add(message(m.asJsonObject(), defaultType)));
        }
    }

    private static FatooraMessage message(JsonObject m, String defaultType) {
        String type = text(m, "type");
        return new FatooraMessage(
                type == null ? defaultType : type, text(m, "code"), text(m, "category"), text(m, "message"));
    }

    /** Fatoora's error code and message from {code, message}, {errors: [...]} or a validationResults error. */
    static String[] error(JsonObject o) {
        String code = text(o, "code");
        String message = text(o, "message");
        if (code == null && o.get("errors") instanceof JsonArray errors && !errors.isEmpty()) {
            JsonValue first = errors.get(0);
            if (first instanceof JsonObject e) {
                code = text(e, "code");
                message = text(e, "message");
            } else if (first instanceof JsonString s) {
                message = s.getString();
            }
        }
        return new String[] {code, message};
    }

    static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v.toString();
    }
}
