package sa.fatoora.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import sa.fatoora.gateway.platform.control.StoredTime;

/**
 * Time comes from the injected {@link Clock} (StoredTime, in Asia/Riyadh) and nowhere else: a read of the system
 * clock cannot be pinned by a test, and a read of the JVM's zone dates documents by the server's zone instead of
 * Riyadh's. Main classes only; ClockRuleTest shows the rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "sa.fatoora.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<Class<?>> TEMPORALS = List.of(
            Instant.class,
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            ZonedDateTime.class,
            OffsetDateTime.class,
            OffsetTime.class,
            Year.class,
            YearMonth.class,
            MonthDay.class);

    /** {@code now()} and {@code now(ZoneId)} of every java.time type ({@code now(Clock)} is the allowed way), and the rest. */
    static final DescribedPredicate<JavaAccess<?>> READS_THE_SYSTEM_CLOCK = systemClockReads();

    @ArchTest
    static final ArchRule ONLY_THE_PRODUCT_CLOCK_READS_THE_SYSTEM_CLOCK = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(StoredTime.class.getName())
            .should()
            .accessTargetWhere(READS_THE_SYSTEM_CLOCK)
            .because("time comes from the injected Clock (StoredTime, Asia/Riyadh): tests can pin it, and no"
                    + " date follows the server's zone");

    private static DescribedPredicate<JavaAccess<?>> systemClockReads() {
        List<DescribedPredicate<JavaAccess<?>>> reads = new ArrayList<>();
        for (Class<?> type : TEMPORALS) {
            reads.add(target(type, "now"));
            reads.add(target(type, "now", ZoneId.class));
        }
        reads.add(target(Clock.class, "systemUTC"));
        reads.add(target(Clock.class, "systemDefaultZone"));
        reads.add(target(Clock.class, "system", ZoneId.class));
        reads.add(target(ZoneId.class, "systemDefault"));
        reads.add(target(TimeZone.class, "getDefault"));
        reads.add(target(System.class, "currentTimeMillis"));
        reads.add(target(Date.class, JavaConstructor.CONSTRUCTOR_NAME));
        reads.add(anyTarget(Calendar.class, "getInstance"));
        return DescribedPredicate.<JavaAccess<?>>or(reads)
                .as("read the system clock or the JVM's zone (now() or now(ZoneId) of a java.time type,"
                        + " Clock.system*, ZoneId.systemDefault, TimeZone.getDefault, System.currentTimeMillis,"
                        + " new Date(), Calendar.getInstance)");
    }

    /** A call or method reference to exactly {@code owner.name(parameters)}. */
    private static DescribedPredicate<JavaAccess<?>> target(Class<?> owner, String name, Class<?>... parameters) {
        List<String> expected =
                java.util.Arrays.stream(parameters).map(Class::getName).toList();
        return DescribedPredicate.describe(
                owner.getSimpleName() + "." + name + expected,
                access -> named(access.getTarget(), owner, name)
                        && access.getTarget() instanceof CodeUnitAccessTarget unit
                        && unit.getRawParameterTypes().stream()
                                .map(JavaClass::getName)
                                .toList()
                                .equals(expected));
    }

    /** A call or method reference to {@code owner.name}, whatever its parameters. */
    private static DescribedPredicate<JavaAccess<?>> anyTarget(Class<?> owner, String name) {
        return DescribedPredicate.describe(
                owner.getSimpleName() + "." + name + "(..)", access -> named(access.getTarget(), owner, name));
    }

    private static boolean named(AccessTarget target, Class<?> owner, String name) {
        return target.getOwner().isEquivalentTo(owner) && target.getName().equals(name);
    }
}
