package sa.fatoora.gateway.platform.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail with the gateway's stable {@code code}; {@code errors} lists each invalid field.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors", "incidentId"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        String incidentId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are URNs under one prefix so that clients can switch on them without a web lookup. */
    public static String typeFor(String code) {
        return "urn:fatoora-gateway:problem:" + code.toLowerCase().replace('_', '-');
    }
}
