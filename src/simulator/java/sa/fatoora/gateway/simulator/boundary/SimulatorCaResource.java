package sa.fatoora.gateway.simulator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.simulator.control.SimulatorCa;

/** The simulator CA's certificate, public as ZATCA's CA certificates are (AIA), so anyone can verify a CSID. */
@Path("ca")
public class SimulatorCaResource {

    @Inject
    SimulatorCa ca;

    @GET
    @Produces("application/x-pem-file")
    @Operation(summary = "Simulator: the CA certificate (PEM)")
    public String certificate() {
        return X509Certificates.toPem(ca.certificate());
    }
}
