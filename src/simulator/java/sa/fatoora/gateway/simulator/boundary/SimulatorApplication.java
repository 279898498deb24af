package sa.fatoora.gateway.simulator.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The simulator's JAX-RS application, at the root of its own WAR (context root /simulator). Resources and providers
 * are found by scanning: this WAR's own classes, and the gateway library's JAX-RS platform (platform.boundary's
 * problem mappers, JSON-B settings and body limit), the only boundary classes that library carries.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Fatoora simulator",
                        version = "v1",
                        description = "An offline stand-in for ZATCA's Fatoora for tests and demos; never deployed"
                                + " in production."))
public class SimulatorApplication extends Application {}
