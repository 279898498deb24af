package sa.fatoora.gateway.platform.control;

/** The request body exceeds the configured limit. */
public class PayloadTooLargeException extends GatewayException {

    public PayloadTooLargeException(long limitBytes) {
        super(
                "PAYLOAD_TOO_LARGE",
                413,
                "Payload too large",
                "The request body exceeds the limit of " + limitBytes + " bytes");
    }
}
