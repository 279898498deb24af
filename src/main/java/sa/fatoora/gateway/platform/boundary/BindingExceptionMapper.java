package sa.fatoora.gateway.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.platform.entity.Problem;

/** JSON that doesn't parse or bind (syntax, wrong types, unknown fields): 400. */
@Provider
public class BindingExceptionMapper extends ProblemMapper<JsonbException> {

    @Override
    Problem problem(JsonbException e) {
        return MalformedBody.problem(e, instance());
    }
}
