package sa.fatoora.gateway.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.certificate.control.ExpiryMonitor;
import sa.fatoora.gateway.certificate.entity.ExpiryCheck;
import sa.fatoora.gateway.schema.control.SchemaMigration;

/**
 * Runs the certificate expiry check on a non-persistent EJB interval timer (every
 * {@code fatoora.certificates.expiry-check-interval}, ISO-8601, default PT1H; first run a minute after start) and
 * publishes the JMX MXBean whose {@code checkNow} runs it on demand. Bean-managed transactions: the monitor opens
 * one transaction per certificate. The singleton's write lock keeps two checks from overlapping.
 */
@Singleton
@Startup
// its timer reads certificates: the schema is migrated first
@DependsOn(SchemaMigration.MIGRATOR_BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class CertificateExpiryTimer {

    private static final Logger LOG = Logger.getLogger(CertificateExpiryTimer.class.getName());
    private static final Duration DEFAULT = Duration.ofHours(1);

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @Inject
    ExpiryMonitor monitor;

    @Inject
    @ConfigProperty(name = "fatoora.certificates.expiry-check-interval", defaultValue = "PT1H")
    String interval;

    private ObjectName name;

    @PostConstruct
    void start() {
        Duration every = parse(interval);
        Duration first = every.compareTo(Duration.ofMinutes(1)) < 0 ? every : Duration.ofMinutes(1);
        timers.createIntervalTimer(
                first.toMillis(), every.toMillis(), new TimerConfig("certificate expiry check", false));
        LOG.info("Certificate expiry check every " + every);
        register(context.getBusinessObject(CertificateExpiryTimer.class));
    }

    @Timeout
    void onTimeout() {
        checkNow();
    }

    public ExpiryCheck checkNow() {
        return monitor.check();
    }

    /** Read-locked: reading the counts never waits for a running check. */
    @Lock(LockType.READ)
    public Optional<ExpiryCheck> last() {
        return monitor.last();
    }

    @PreDestroy
    void stop() {
        try {
            if (name != null) {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.fine("MXBean already gone");
        }
    }

    static Duration parse(String text) {
        try {
            Duration d = Duration.parse(text.strip());
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        LOG.warning("fatoora.certificates.expiry-check-interval must be a positive ISO-8601 duration such as PT1H"
                + " or PT30S; using " + DEFAULT);
        return DEFAULT;
    }

    /** JMX calls arrive on a connector thread: they go through the EJB so they run inside the application. */
    private void register(CertificateExpiryTimer self) {
        CertificatesMXBean view = new CertificatesMXBean() {
            @Override
            public long getActive() {
                return self.last().map(ExpiryCheck::active).orElse(0L);
            }

            @Override
            public long getExpiringSoon() {
                return self.last().map(ExpiryCheck::expiringSoon).orElse(0L);
            }

            @Override
            public long getExpired() {
                return self.last().map(ExpiryCheck::expired).orElse(0L);
            }

            @Override
            public String getLastCheck() {
                return self.last().map(c -> c.at().toString()).orElse("never");
            }

            @Override
            public String checkNow() {
                return self.checkNow().summary();
            }
        };
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            name = new ObjectName(CertificatesMXBean.OBJECT_NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name); // left by a previous deployment of the application
            }
            server.registerMBean(new StandardMBean(view, CertificatesMXBean.class, true), name);
        } catch (JMException e) {
            LOG.warning("Certificates MXBean not registered: " + e.getClass().getSimpleName());
        }
    }
}
