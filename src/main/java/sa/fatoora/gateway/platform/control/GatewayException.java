package sa.fatoora.gateway.platform.control;

import java.util.List;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * Root of the gateway's one exception hierarchy. Each leaf fixes a stable problem {@code code} and an HTTP status;
 * the message is the problem's {@code detail} and must be safe to show to the caller.
 */
public abstract class GatewayException extends RuntimeException {

    private final String code;
    private final int status;
    private final String title;

    protected GatewayException(String code, int status, String title, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return List.of();
    }
}
