package sa.fatoora.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
 * The rules of the code's shape, on main classes only (tests may reach across). Time comes from the injected
 * {@link Clock} (StoredTime, in Asia/Riyadh) and nowhere else: a read of the system clock cannot be pinned by a test,
 * and a read of the JVM's zone dates documents by the server's zone instead of Riyadh's. The capabilities under
 * sa.fatoora.gateway form layers ({@link #CAPABILITIES}, docs/architecture.md): no cycles, arrows only downwards,
 * inside each one boundary -> control -> entity, never into another one's boundary; BouncyCastle stays in signing
 * and certificate, Fatoora's wire format in zatca (and the simulator, which speaks it), and nothing depends on the
 * simulator. ClockRuleTest and PackageRulesTest show each rule failing on fixture classes that break it.
 */
@AnalyzeClasses(packages = "sa.fatoora.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "sa.fatoora.gateway";

    /**
     * The capabilities, bottom first: each may use the ones before it and none after it. A new capability gets its
     * place here (and in docs/architecture.md's table, which PackageRulesTest holds to this order).
     */
    static final List<String> CAPABILITIES = List.of(
            "platform",
            "schema",
            "signing",
            "tenant",
            "audit",
            "event",
            "zatca",
            "egs",
            "certificate",
            "policy",
            "invoice",
            "onboarding",
            "validation",
            "pdf",
            "webhook",
            "batch",
            "console",
            "simulator");

    /** Inside a capability, each tier may use itself and the ones after it: boundary -> control -> entity. */
    static final List<String> TIERS = List.of("boundary", "control", "entity");

    @ArchTest
    static final ArchRule CAPABILITIES_ARE_FREE_OF_CYCLES = slices().matching(ROOT + ".(*)..")
            .namingSlices("capability $1")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule CAPABILITIES_DEPEND_ONLY_ON_LOWER_ONES = capabilitiesInOrder(CAPABILITIES);

    @ArchTest
    static final ArchRule BOUNDARY_CONTROL_ENTITY = classes()
            .that()
            .resideInAPackage(ROOT + "..")
            .should(
                    new ArchCondition<JavaClass>(
                            "use their own capability's boundary -> control -> entity downwards only, and no other"
                                    + " capability's boundary") {
                        @Override
                        public void check(JavaClass item, ConditionEvents events) {
                            String capability = capability(item);
                            int tier = tierRank(tier(item));
                            for (Dependency d : item.getDirectDependenciesFromSelf()) {
                                JavaClass target = d.getTargetClass().getBaseComponentType();
                                String theirs = capability(target);
                                if (theirs == null || capability == null) {
                                    continue;
                                }
                                String targetTier = tier(target);
                                boolean allowed = theirs.equals(capability)
                                        ? tier < 0 || TIERS.indexOf(targetTier) < 0 || TIERS.indexOf(targetTier) >= tier
                                        : !"boundary".equals(targetTier);
                                if (!allowed) {
                                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                                }
                            }
                        }
                    });

    @ArchTest
    static final ArchRule BOUNCYCASTLE_ONLY_IN_SIGNING_AND_CERTIFICATE = noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + ".signing..", ROOT + ".certificate..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.bouncycastle..")
            .because("the cryptography has two homes: signing (documents) and certificate (keys, CSRs, certificates)");

    /** Fatoora's JSON as it goes over the wire (requests and answers of its REST API). */
    static final String ZATCA_WIRE = ROOT + ".zatca.entity.wire..";

    @ArchTest
    static final ArchRule ZATCA_WIRE_FORMAT_ONLY_IN_ZATCA_AND_THE_SIMULATOR = noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + ".zatca..", ROOT + ".simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ZATCA_WIRE)
            .because("the rest of the gateway sees Fatoora's answers through zatca's client (FatooraResult, ...);"
                    + " the simulator speaks the wire format itself");

    @ArchTest
    static final ArchRule NOTHING_DEPENDS_ON_THE_SIMULATOR = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".simulator..")
            .because("the built-in simulator stands in for Fatoora and is a deployable of its own, not in the"
                    + " gateway's WAR");

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

    @ArchTest
    static final ArchRule JSON_P_THROUGH_THE_ONE_PROVIDER = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.json.Json")
            .because("jakarta.json.Json looks its provider up on every call, a failing Class.forName included:"
                    + " use platform.control.Jsonp.JSON");

    /** Each class depends on its own capability and lower ones in {@code order} only; every capability is in it. */
    static ArchRule capabilitiesInOrder(List<String> order) {
        return classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(new ArchCondition<JavaClass>("depend only on their own capability and lower ones in " + order) {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String capability = capability(item);
                        if (capability == null) {
                            return;
                        }
                        int rank = order.indexOf(capability);
                        if (rank < 0) {
                            events.add(SimpleConditionEvent.violated(
                                    item,
                                    item.getName() + " is in capability " + capability
                                            + ", which has no place in ArchitectureTest.CAPABILITIES"));
                            return;
                        }
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            String theirs = capability(d.getTargetClass().getBaseComponentType());
                            if (theirs != null
                                    && !theirs.equals(capability)
                                    && !(order.indexOf(theirs) >= 0 && order.indexOf(theirs) < rank)) {
                                events.add(SimpleConditionEvent.violated(
                                        d, d.getDescription() + " (" + capability + " -> " + theirs + ")"));
                            }
                        }
                    }
                });
    }

    /** The capability a class belongs to (sa.fatoora.gateway.<capability>..), null outside them. */
    static String capability(JavaClass c) {
        String[] parts = segments(c);
        return parts.length > 0 ? parts[0] : null;
    }

    /** boundary, control or entity (or whatever else the segment after the capability is), null if none. */
    static String tier(JavaClass c) {
        String[] parts = segments(c);
        return parts.length > 1 ? parts[1] : null;
    }

    /** Place in {@link #TIERS}, -1 for none (a class right in the capability's package, say). */
    private static int tierRank(String tier) {
        return tier == null ? -1 : TIERS.indexOf(tier);
    }

    private static String[] segments(JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1).split("\\.") : new String[0];
    }

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
