package sa.fatoora.gateway.platform.boundary;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.entity.Problem;

/** Everything else: 400 when the body could not be read, otherwise 500 with an incident id and nothing internal. */
@Provider
public class FallbackExceptionMapper extends ProblemMapper<Throwable> {

    @Override
    Problem problem(Throwable e) {
        if (e instanceof ProcessingException && MalformedBody.isReadFailure(e)) {
            return MalformedBody.problem(e, instance());
        }
        return Problems.internalError(e, method(), instance());
    }
}
