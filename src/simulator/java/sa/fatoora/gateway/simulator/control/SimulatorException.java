package sa.fatoora.gateway.simulator.control;

import java.util.Map;
import sa.fatoora.gateway.zatca.entity.wire.ErrorResponse;
import sa.fatoora.gateway.zatca.entity.wire.SubmissionResponse;

/**
 * An answer the way ZATCA gives it (not a problem+json): status, ZATCA-shaped body (or none), extra headers.
 * Messages never carry a credential.
 */
public class SimulatorException extends RuntimeException {

    private final int status;
    private final transient Object body;
    private final transient Map<String, String> headers;

    public SimulatorException(int status, Object body, Map<String, String> headers) {
        super("simulated ZATCA answer " + status, null, false, false);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    public static SimulatorException error(int status, String code, String message) {
        return new SimulatorException(status, new ErrorResponse(code, message), Map.of());
    }

    /** ZATCA answers bad credentials with a bare 401. */
    public static SimulatorException unauthorized() {
        return new SimulatorException(401, null, Map.of("WWW-Authenticate", "Basic realm=\"fatoora\""));
    }

    public static SimulatorException submission(int status, SubmissionResponse response) {
        return new SimulatorException(status, response, Map.of());
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
