package sa.fatoora.gateway.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import sa.fatoora.gateway.platform.control.JsonPointers;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.platform.entity.Problem;

/** Bean Validation failures: 400 VALIDATION_FAILED with one JSON pointer per invalid field. */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

    @Override
    Problem problem(ConstraintViolationException e) {
        List<FieldError> errors = JsonPointers.fieldErrors(e.getConstraintViolations());
        return Problems.of(
                400,
                "VALIDATION_FAILED",
                "Request validation failed",
                errors.size() + " invalid field(s)",
                instance(),
                errors);
    }
}
