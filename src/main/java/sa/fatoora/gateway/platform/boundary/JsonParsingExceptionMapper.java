package sa.fatoora.gateway.platform.boundary;

import jakarta.json.JsonException;
import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.platform.entity.Problem;

/** JSON-P parse failures (JsonParsingException and friends): 400. */
@Provider
public class JsonParsingExceptionMapper extends ProblemMapper<JsonException> {

    @Override
    Problem problem(JsonException e) {
        return MalformedBody.problem(e, instance());
    }
}
