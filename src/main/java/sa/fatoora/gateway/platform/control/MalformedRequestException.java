package sa.fatoora.gateway.platform.control;

/** The body can't be read at all: not JSON, not XML, wrong types, unknown fields. */
public class MalformedRequestException extends GatewayException {

    public MalformedRequestException(String detail) {
        super("MALFORMED_REQUEST", 400, "Malformed request body", detail);
    }
}
