package sa.fatoora.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.fixturea.control.ControlA;
import sa.fatoora.gateway.fixturea.entity.EntityA;
import sa.fatoora.gateway.fixtureb.boundary.BoundaryB;
import sa.fatoora.gateway.fixtureb.control.ControlB;
import sa.fatoora.gateway.simulator.control.SimulatorPackageFixture;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.wire.CsrRequest;

/**
 * ArchitectureTest's package rules can fail: each finds what the fixture capabilities fixturea and fixtureb (test
 * classes, which the main rules do not scan) do wrong, and only that.
 */
class PackageRulesTest {

    private static final JavaClasses FIXTURES =
            new ClassFileImporter().importPackages("sa.fatoora.gateway.fixturea", "sa.fatoora.gateway.fixtureb");

    @Test
    void aCycleBetweenCapabilitiesFails() {
        String details = violations(ArchitectureTest.CAPABILITIES_ARE_FREE_OF_CYCLES);
        assertTrue(details.contains("capability fixturea") && details.contains("capability fixtureb"), details);
        assertTrue(reported(details, ControlA.class, ControlB.class), details);
        assertTrue(reported(details, ControlB.class, ControlA.class), details);
    }

    @Test
    void anArrowUpwardsFailsAndOneDownwardsPasses() {
        List<String> order = new ArrayList<>(ArchitectureTest.CAPABILITIES);
        order.add("fixtureb");
        order.add("fixturea");
        String details = violations(ArchitectureTest.capabilitiesInOrder(order));
        assertTrue(reported(details, ControlB.class, ControlA.class), details);
        assertFalse(reported(details, ControlA.class, ControlB.class), details);
        assertFalse(
                reported(details, ControlB.class, SimulatorPackageFixture.class),
                "simulator is below fixtureb here:\n" + details);
    }

    @Test
    void aCapabilityWithoutAPlaceInTheOrderFails() {
        String details = violations(ArchitectureTest.CAPABILITIES_DEPEND_ONLY_ON_LOWER_ONES);
        assertTrue(details.contains("capability fixturea, which has no place"), details);
        assertTrue(details.contains("capability fixtureb, which has no place"), details);
    }

    @Test
    void anEntityUsingItsControlAndAnyoneUsingAnotherCapabilitysBoundaryFail() {
        String details = violations(ArchitectureTest.BOUNDARY_CONTROL_ENTITY);
        assertTrue(reported(details, EntityA.class, ControlA.class), details);
        assertTrue(reported(details, ControlA.class, BoundaryB.class), details);
        assertFalse(reported(details, ControlA.class, EntityA.class), details);
        assertFalse(reported(details, ControlA.class, ControlB.class), details);
    }

    @Test
    void bouncyCastleOutsideSigningAndCertificateFails() {
        String details = violations(ArchitectureTest.BOUNCYCASTLE_ONLY_IN_SIGNING_AND_CERTIFICATE);
        assertTrue(reported(details, ControlB.class, X500Name.class), details);
    }

    @Test
    void fatoorasWireFormatOutsideZatcaAndTheSimulatorFails() {
        String details = violations(ArchitectureTest.ZATCA_WIRE_FORMAT_ONLY_IN_ZATCA_AND_THE_SIMULATOR);
        assertTrue(reported(details, ControlB.class, CsrRequest.class), details);
        assertFalse(reported(details, ControlB.class, ZatcaEnvironment.class), details);
    }

    @Test
    void dependingOnTheSimulatorFails() {
        String details = violations(ArchitectureTest.NOTHING_DEPENDS_ON_THE_SIMULATOR);
        assertTrue(reported(details, ControlB.class, SimulatorPackageFixture.class), details);
        assertFalse(reported(details, ControlB.class, ZatcaEnvironment.class), details);
    }

    /**
     * docs/architecture.md's table lists the capabilities in ArchitectureTest's order, and its "uses today" column is
     * what the main classes use.
     */
    @Test
    void theArchitectureDocumentListsTheCapabilitiesInOrderWithWhatEachUses() throws IOException {
        Pattern row = Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]*) \\|$");
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(Path.of("docs", "architecture.md"))) {
            lines.map(row::matcher).filter(Matcher::find).forEach(m -> documented.put(m.group(1), uses(m.group(2))));
        }
        assertEquals(ArchitectureTest.CAPABILITIES, List.copyOf(documented.keySet()));

        Map<String, Set<String>> actual = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArchitectureTest.ROOT)) {
            String from = ArchitectureTest.capability(c);
            if (from == null) {
                continue;
            }
            Set<String> to = actual.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = ArchitectureTest.capability(d.getTargetClass().getBaseComponentType());
                if (target != null && !target.equals(from)) {
                    to.add(target);
                }
            }
        }
        for (String capability : ArchitectureTest.CAPABILITIES) {
            assertEquals(
                    actual.getOrDefault(capability, Set.of()),
                    documented.get(capability),
                    capability + ": docs/architecture.md's \"uses today\"");
        }
    }

    /** The capabilities a "uses today" cell names (a remark in parentheses aside). */
    private static Set<String> uses(String column) {
        Set<String> uses = new TreeSet<>();
        for (String name : column.replaceAll("\\(.*?\\)", "").split(",")) {
            String capability = name.strip().split(" ")[0];
            if (!capability.isEmpty() && !capability.equals("nothing")) {
                uses.add(capability);
            }
        }
        return uses;
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertTrue(result.hasViolation(), rule.getDescription());
        return String.join("\n", result.getFailureReport().getDetails());
    }

    /** A line of the report is a dependency of {@code from} (its first {@code <...>}) on {@code to}. */
    private static boolean reported(String details, Class<?> from, Class<?> to) {
        return details.lines().anyMatch(l -> {
            int first = l.indexOf('<');
            return first >= 0
                    && l.startsWith(from.getName(), first + 1)
                    && l.indexOf("<" + to.getName(), first + 1) > first;
        });
    }
}
