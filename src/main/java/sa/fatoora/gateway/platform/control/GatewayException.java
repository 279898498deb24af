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

    /** What made this refusal happen (a parser's or a socket's exception); for logs and debuggers, never shown. */
    private Throwable cause;

    protected GatewayException(String code, int status, String title, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.status = status;
        this.title = title;
    }

    /**
     * Keeps the exception that led to this one. The constructors pass no cause to keep the leaves' signatures small
     * and their construction cheap (no stack trace is filled in); a refusal made in a {@code catch} block says
     * {@code throw new XmlRejectedException(...).causedBy(e)}.
     */
    public final GatewayException causedBy(Throwable cause) {
        if (cause == this) {
            throw new IllegalArgumentException("An exception can't be its own cause");
        }
        this.cause = cause;
        return this;
    }

    @Override
    public synchronized Throwable getCause() {
        return cause;
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
