package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the simulator's WAR takes of the gateway (WEB-INF/lib/fatoora-gateway-library.jar, pom.xml execution
 * gateway-library: the control and entity packages and platform.boundary, without GatewayApplication and the health
 * checks) starts nothing by itself: no EJB (a start-up singleton or timer would run in the simulator, whatever CDI
 * is told), no REST resource or application (an interface with @Path is a REST client's contract, not deployed), no
 * servlet filter, no health check. Its CDI beans are the only thing
 * that could, and SimulatorBeans vetoes all but those the simulator uses.
 */
class GatewayLibraryTest {

    /** The classes the library jar holds (the includes and excludes of execution gateway-library). */
    private static final Pattern IN_LIBRARY =
            Pattern.compile("sa\\.fatoora\\.gateway\\.(\\w+\\.(control|entity)\\..*|platform\\.boundary\\..*)");

    private static final Pattern LEFT_OUT =
            Pattern.compile("sa\\.fatoora\\.gateway\\.platform\\.boundary\\.(GatewayApplication|\\w+Check)(\\$.*)?");

    private static final List<String> STARTING = List.of(
            "jakarta.ejb.Singleton",
            "jakarta.ejb.Stateless",
            "jakarta.ejb.Stateful",
            "jakarta.ejb.Startup",
            "jakarta.ejb.MessageDriven",
            "jakarta.ejb.Schedule",
            "jakarta.ejb.Schedules",
            "jakarta.ejb.Timeout",
            "jakarta.ws.rs.Path",
            "jakarta.ws.rs.ApplicationPath",
            "jakarta.servlet.annotation.WebFilter",
            "jakarta.servlet.annotation.WebServlet",
            "jakarta.servlet.annotation.WebListener",
            "org.eclipse.microprofile.health.Readiness",
            "org.eclipse.microprofile.health.Liveness",
            "org.eclipse.microprofile.health.Startup");

    @Test
    void theGatewayLibraryStartsNothingOfTheGateway() {
        JavaClasses gateway = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("sa.fatoora.gateway");
        TreeSet<String> library = new TreeSet<>();
        TreeSet<String> starting = new TreeSet<>();
        for (JavaClass c : gateway) {
            String name = c.getName();
            if (name.startsWith("sa.fatoora.gateway.simulator.")
                    || !IN_LIBRARY.matcher(name).matches()
                    || LEFT_OUT.matcher(name).matches()) {
                continue;
            }
            library.add(name);
            for (String annotation : STARTING) {
                if (c.isInterface() && annotation.equals("jakarta.ws.rs.Path")) {
                    // a REST client's contract (zatca.control.FatooraApi): JAX-RS deploys classes, not interfaces
                    continue;
                }
                boolean onClass = c.isAnnotatedWith(annotation);
                boolean onMember = c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(annotation));
                if (onClass || onMember) {
                    starting.add(name + " @" + annotation);
                }
            }
        }
        assertTrue(library.size() > 200, "the library's classes were not found: " + library.size());
        assertTrue(library.contains("sa.fatoora.gateway.validation.control.ValidationService"), "ValidationService");
        assertEquals(
                new TreeSet<String>(), starting, "classes of the gateway library that would start in the simulator");
    }
}
