package sa.fatoora.gateway.platform.control;

/** The request clashes with the current state of the resource. */
public class ConflictException extends GatewayException {

    public ConflictException(String code, String detail) {
        super(code, 409, "Conflict", detail);
    }
}
