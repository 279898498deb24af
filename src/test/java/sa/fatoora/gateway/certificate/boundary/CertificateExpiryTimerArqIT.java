package sa.fatoora.gateway.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.bouncycastle.cert.X509CertificateHolder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sa.fatoora.gateway.certificate.control.CertificateAudit;
import sa.fatoora.gateway.certificate.control.CertificateFixtures;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.CertificateEvent;
import sa.fatoora.gateway.certificate.entity.CertificateEventType;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.certificate.entity.CertificateStatus;
import sa.fatoora.gateway.certificate.entity.ExpiryCheck;
import sa.fatoora.gateway.event.control.EventFeed;
import sa.fatoora.gateway.event.entity.EventView;
import sa.fatoora.gateway.testing.incontainer.InContainer;
import sa.fatoora.gateway.testing.incontainer.MovableClock;
import sa.fatoora.gateway.testing.incontainer.Store;
import sa.fatoora.gateway.testing.incontainer.TimerProbe;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * In the container: the certificate expiry timer as Liberty's EJB container runs it. The server under test sets
 * {@code fatoora.certificates.expiry-check-interval=PT5S} (src/test/arquillian/liberty/jvm.options), so the container fires the
 * timer during the test; time comes from the injected clock, pinned through the test-only {@link MovableClock}.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
public class CertificateExpiryTimerArqIT {

    static final String TIMER = "certificate expiry check";
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** Years ahead of the real clock: at real time the test's certificates are months from any warning. */
    static final Instant PINNED = Instant.parse("2031-03-01T09:00:00Z");

    @Deployment
    public static WebArchive deployment() {
        return InContainer.gatewayWith("expiry-timer-arq", CertificateFixtures.class);
    }

    @Inject
    TimerProbe timers;

    @Inject
    CertificateExpiryTimer timer;

    @Inject
    CertificateAudit audit;

    @Inject
    @Readiness
    CertificateReadinessCheck readiness;

    @Inject
    Store store;

    @Inject
    EventFeed feed;

    @Test
    public void theTimerIsRegisteredNonPersistentWithTheConfiguredInterval() throws Exception {
        List<TimerProbe.Facts> found = timers.withInfo(TIMER);
        assertEquals(1, found.size(), "one expiry timer in the module: " + timers.all());
        TimerProbe.Facts first = found.get(0);
        assertFalse(first.persistent(), "non-persistent (enterpriseBeansLite, no timer database)");
        assertFalse(first.calendar(), "an interval timer, not a calendar schedule");
        assertTrue(
                first.remaining() <= INTERVAL.toMillis(),
                "first run after min(interval, 1 minute), so within 5 s: " + first);

        // the container fires it and schedules the next run one interval after the previous one
        long next = waitFor(() -> timers.withInfo(TIMER).get(0).nextTimeout() != first.nextTimeout(), 15)
                ? timers.withInfo(TIMER).get(0).nextTimeout()
                : -1;
        assertEquals(first.nextTimeout() + INTERVAL.toMillis(), next, "the interval is the configured PT5S");
    }

    @Test
    public void theTimerMarksAndWarnsByTheInjectedClockAndLeavesTheFarCertificateAlone() throws Exception {
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long tenant = base;
        CertificateRecord expired = certificate(tenant, base + 1, PINNED.minus(Duration.ofDays(1)));
        CertificateRecord near = certificate(tenant, base + 2, PINNED.plus(Duration.ofDays(5)));
        CertificateRecord far = certificate(tenant, base + 3, PINNED.plus(Duration.ofDays(400)));

        MovableClock.INSTANCE.pin(PINNED);
        try {
            // the next timeout of the container's timer does the work: nothing in the test calls the check
            assertTrue(
                    waitFor(
                            () -> status(expired) == CertificateStatus.EXPIRED
                                    && types(near).contains("EXPIRY_WARNING_7_DAYS"),
                            20),
                    "the timer marked the expired certificate and warned about the near one");
            ExpiryCheck last = timer.last().orElseThrow();
            assertEquals(PINNED, last.at(), "the check ran at the injected clock's time");
            // a fresh database (pom.xml, arquillian-data): these are the only certificates
            assertEquals(2, last.active(), last.summary());
            assertEquals(1, last.expiringSoon(), last.summary());
            assertEquals(1, last.expired(), last.summary());

            // JMX, as operators read it
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(CertificatesMXBean.OBJECT_NAME);
            assertEquals(1L, jmx.getAttribute(name, "ExpiringSoon"));
            assertEquals(1L, jmx.getAttribute(name, "Expired"));
            assertEquals(PINNED.toString(), jmx.getAttribute(name, "LastCheck"));
            String summary = (String) jmx.invoke(name, "checkNow", new Object[0], new String[0]);
            assertTrue(
                    summary.startsWith("expiry check at " + PINNED + ": marked 0 expired, recorded 0 warnings"),
                    summary);

            // readiness: both units need attention, the far one does not
            Map<String, Object> data = readiness.call().getData().orElseThrow();
            assertEquals(1L, data.get("expiredUnits"), data.toString());
            assertEquals(1L, data.get("expiringSoonUnits"), data.toString());
            assertTrue(data.containsKey("egsUnit." + expired.getEgsUnitId()), data.toString());
            assertTrue(data.containsKey("egsUnit." + near.getEgsUnitId()), data.toString());
            assertFalse(data.containsKey("egsUnit." + far.getEgsUnitId()), data.toString());
        } finally {
            MovableClock.INSTANCE.release();
        }

        CertificateRecord expiredNow = store.find(CertificateRecord.class, expired.getId());
        assertEquals(CertificateStatus.EXPIRED, expiredNow.getStatus());
        assertEquals(PINNED, expiredNow.getStatusChangedAt());
        assertEquals(List.of(CertificateEventType.EXPIRED.name()), types(expired));
        assertEquals(PINNED, audit.of(expired.getId()).get(0).getOccurredAt());

        assertEquals(CertificateStatus.ACTIVE, status(near), "a warning does not change the status");
        List<CertificateEvent> warnings = audit.of(near.getId());
        assertEquals(List.of("EXPIRY_WARNING_7_DAYS"), types(near), "the tightest warning, once");
        assertEquals(PINNED, warnings.get(0).getOccurredAt());

        assertEquals(CertificateStatus.ACTIVE, status(far));
        assertEquals(List.of(), types(far), "400 days left: no warning, no change");

        // the ERP is told, once each, in the same transactions: certificate.expired, then certificate.expiring
        // (this tenant never existed as a row, so its first event also made its event counter)
        List<EventView> events = feed.page(tenant, null, null, List.of()).events();
        assertEquals(
                List.of("certificate.expired", "certificate.expiring"),
                events.stream().map(EventView::type).toList());
        assertEquals(List.of(1L, 2L), events.stream().map(EventView::sequence).toList());
        assertEquals(
                expired.getId().longValue(),
                events.get(0).data().getJsonNumber("certificateId").longValue());
        JsonObject expiring = events.get(1).data();
        assertEquals(
                near.getId().longValue(),
                expiring.getJsonNumber("certificateId").longValue());
        assertEquals(5, expiring.getInt("daysLeft"), expiring::toString);
        assertEquals("EXPIRY_WARNING_7_DAYS", expiring.getString("warning"));
        assertEquals(PINNED, events.get(0).occurredAt().toInstant());
        assertEquals("+03:00", events.get(0).occurredAt().getOffset().getId());
    }

    private CertificateRecord certificate(long tenant, long unit, Instant notAfter) throws Exception {
        KeyPair key = CertificateFixtures.ec("secp256k1");
        X509CertificateHolder holder = new X509CertificateHolder(
                CertificateFixtures.certificate(key.getPublic(), notAfter.minus(Duration.ofDays(365)), notAfter)
                        .getEncoded());
        return store.persist(new CertificateRecord(
                tenant,
                unit,
                ZatcaEnvironment.SANDBOX,
                CertificateKind.PRODUCTION,
                X509Certificates.parsed(holder),
                null,
                notAfter.minus(Duration.ofDays(365))));
    }

    private CertificateStatus status(CertificateRecord c) {
        return store.find(CertificateRecord.class, c.getId()).getStatus();
    }

    private List<String> types(CertificateRecord c) {
        return audit.of(c.getId()).stream().map(CertificateEvent::getType).toList();
    }

    private static boolean waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
