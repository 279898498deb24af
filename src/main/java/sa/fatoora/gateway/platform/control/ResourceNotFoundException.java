package sa.fatoora.gateway.platform.control;

/**
 * Nothing with that id exists for the caller. Also used when it exists for another tenant: never reveal that.
 */
public class ResourceNotFoundException extends GatewayException {

    public ResourceNotFoundException(String what, Object id) {
        super("NOT_FOUND", 404, "Resource not found", what + " " + id + " was not found");
    }

    public ResourceNotFoundException(String detail) {
        super("NOT_FOUND", 404, "Resource not found", detail);
    }
}
