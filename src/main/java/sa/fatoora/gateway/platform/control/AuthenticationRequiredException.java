package sa.fatoora.gateway.platform.control;

/** No credentials, or credentials that do not match an active key. */
public class AuthenticationRequiredException extends GatewayException {

    public AuthenticationRequiredException(String detail) {
        super("UNAUTHORIZED", 401, "Authentication required", detail);
    }
}
