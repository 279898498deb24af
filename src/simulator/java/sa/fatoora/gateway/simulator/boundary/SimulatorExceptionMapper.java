package sa.fatoora.gateway.simulator.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import sa.fatoora.gateway.simulator.control.SimulatorException;

/** Writes the simulator's ZATCA-shaped answers (not problem+json: clients must meet ZATCA's real bodies). */
@Provider
public class SimulatorExceptionMapper implements ExceptionMapper<SimulatorException> {

    @Override
    public Response toResponse(SimulatorException e) {
        Response.ResponseBuilder response = Response.status(e.status());
        if (e.body() != null) {
            response.entity(e.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        e.headers().forEach(response::header);
        return response.build();
    }
}
