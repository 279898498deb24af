package sa.fatoora.gateway.platform.control;

/** A capability is switched off or not configured in this deployment. */
public class ServiceUnavailableException extends GatewayException {

    public ServiceUnavailableException(String code, String detail) {
        super(code, 503, "Service unavailable", detail);
    }
}
