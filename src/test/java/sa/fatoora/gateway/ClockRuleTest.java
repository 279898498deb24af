package sa.fatoora.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.Clocks;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;

/** ArchitectureTest's clock rule can fail: it finds every read in a class that breaks it, and only those. */
class ClockRuleTest {

    @Test
    void findsEveryReadOfTheSystemClockAndNoAllowedOne() {
        EvaluationResult result = ArchitectureTest.ONLY_THE_PRODUCT_CLOCK_READS_THE_SYSTEM_CLOCK.evaluate(
                new ClassFileImporter().importClasses(SystemClockReads.class));

        assertTrue(result.hasViolation());
        String details = String.join("\n", result.getFailureReport().getDetails());
        List<Method> methods = Arrays.stream(SystemClockReads.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic())
                .toList();
        assertTrue(methods.size() > 20, "the fixture's methods");
        for (Method m : methods) {
            boolean reported = details.contains(SystemClockReads.class.getName() + "." + m.getName() + "(");
            if (m.getName().startsWith("allowed")) {
                assertFalse(reported, m.getName() + " reported:\n" + details);
            } else {
                assertTrue(reported, m.getName() + " not reported:\n" + details);
            }
        }
    }

    @Test
    void theProductClockItselfMayReadTheSystemClock() {
        // StoredTime reads Instant.now() and System.currentTimeMillis(); the other two only read it
        assertFalse(ArchitectureTest.ONLY_THE_PRODUCT_CLOCK_READS_THE_SYSTEM_CLOCK
                .evaluate(new ClassFileImporter().importClasses(StoredTime.class, Clocks.class, Riyadh.class))
                .hasViolation());
    }
}
