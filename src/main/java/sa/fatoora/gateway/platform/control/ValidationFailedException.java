package sa.fatoora.gateway.platform.control;

import java.util.List;
import sa.fatoora.gateway.platform.entity.FieldError;

/** The request is well formed but its content is invalid; lists every problem found, not only the first. */
public class ValidationFailedException extends GatewayException {

    private final List<FieldError> errors;

    public ValidationFailedException(String detail, List<FieldError> errors) {
        this("VALIDATION_FAILED", detail, errors);
    }

    protected ValidationFailedException(String code, String detail, List<FieldError> errors) {
        super(code, 400, "Request validation failed", detail);
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailedException of(String pointer, String message) {
        return new ValidationFailedException(message, List.of(new FieldError(pointer, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
