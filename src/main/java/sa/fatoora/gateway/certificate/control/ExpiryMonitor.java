package sa.fatoora.gateway.certificate.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.certificate.entity.CertificateStatus;
import sa.fatoora.gateway.certificate.entity.ExpiryCheck;
import sa.fatoora.gateway.certificate.entity.UnitAttention;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * Certificate expiry: marks certificates past their notAfter EXPIRED, records each expiry warning
 * ({@code fatoora.certificates.warning-days}: 30, 7 and 1 days before by default) once per certificate, and tells the readiness check which units need attention. Run by the expiry timer
 * and on demand (JMX {@code checkNow}). Each certificate is handled in its own transaction, so one failure does not
 * hold up the rest, and the audit table's unique constraint keeps warnings single when instances race.
 */
@ApplicationScoped
public class ExpiryMonitor {

    private static final Logger LOG = Logger.getLogger(ExpiryMonitor.class.getName());
    private static final int LISTED = 50;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    CertificateAudit audit;

    @Inject
    @ConfigProperty(name = "fatoora.certificates.warning-window", defaultValue = "P30D")
    Duration window;

    @Inject
    @ConfigProperty(name = "fatoora.certificates.warning-days", defaultValue = ExpiryWarning.DEFAULT_DAYS)
    String warningDays;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private ExpiryWarning expiryWarnings;

    /**
     * A wrong setting is logged as SEVERE with what is wrong, and the default days are used: certificates keep being
     * warned about rather than none at all.
     */
    @PostConstruct
    void readSettings() {
        try {
            expiryWarnings = ExpiryWarning.of(warningDays);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + "; using " + ExpiryWarning.DEFAULT_DAYS);
            expiryWarnings = ExpiryWarning.of(ExpiryWarning.DEFAULT_DAYS);
        }
    }

    /** The days before a certificate's end at which it is warned about, ascending. */
    public List<Integer> warningDays() {
        return expiryWarnings.days();
    }

    private volatile ExpiryCheck last;

    public ExpiryCheck check() {
        Instant now = clock.instant();
        int expired = 0;
        for (CertificateRecord due : ending(List.of(CertificateStatus.ACTIVE, CertificateStatus.PENDING), now)) {
            expired += attempt(() -> lifecycle.expire(due.getId(), now)) ? 1 : 0;
        }
        int warnings = 0;
        for (CertificateRecord c : ending(List.of(CertificateStatus.ACTIVE), now.plus(expiryWarnings.horizon()))) {
            Optional<String> warning = expiryWarnings.due(c.getNotAfter(), now);
            if (warning.isPresent()) {
                warnings += attempt(() -> warn(c.getId(), warning.get(), now)) ? 1 : 0;
            }
        }
        ExpiryCheck result = new ExpiryCheck(
                now,
                expired,
                warnings,
                count(CertificateStatus.ACTIVE),
                em.createNamedQuery(CertificateRecord.COUNT_IN_STATUS_ENDING_BEFORE, Long.class)
                        .setParameter("status", CertificateStatus.ACTIVE)
                        .setParameter("until", now.plus(window))
                        .getSingleResult(),
                count(CertificateStatus.EXPIRED));
        last = result;
        LOG.info(result.summary());
        return result;
    }

    public Optional<ExpiryCheck> last() {
        return Optional.ofNullable(last);
    }

    /** Units whose newest production certificate has expired, then units whose ACTIVE one ends within the window. */
    public List<UnitAttention> needingAttention() {
        Instant now = clock.instant();
        List<UnitAttention> units = new ArrayList<>();
        em.createNamedQuery(CertificateRecord.NEWEST_EXPIRED, CertificateRecord.class)
                .setParameter("compliance", CertificateKind.COMPLIANCE)
                .setParameter("expired", CertificateStatus.EXPIRED)
                .setParameter("active", CertificateStatus.ACTIVE)
                .setParameter("now", now)
                .setMaxResults(LISTED)
                .getResultList()
                .forEach(c -> units.add(new UnitAttention(c.getEgsUnitId(), c.getId(), c.getNotAfter(), true)));
        ending(List.of(CertificateStatus.ACTIVE), now.plus(window)).stream()
                .filter(c -> c.getNotAfter().isAfter(now))
                .limit(LISTED)
                .forEach(c -> units.add(new UnitAttention(c.getEgsUnitId(), c.getId(), c.getNotAfter(), false)));
        return units;
    }

    public Duration window() {
        return window;
    }

    private boolean warn(Long certificateId, String type, Instant now) {
        return tx.required(() -> {
            CertificateRecord c = em.find(CertificateRecord.class, certificateId);
            if (c == null || c.getStatus() != CertificateStatus.ACTIVE || audit.happened(c, type)) {
                return false;
            }
            audit.record(c, type, now, "expires at " + c.getNotAfter());
            return true;
        });
    }

    /** One certificate's work; a failure (e.g. another instance recorded the same warning first) is logged. */
    private static boolean attempt(java.util.function.BooleanSupplier work) {
        try {
            return work.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "expiry check: one certificate skipped ({0})",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private List<CertificateRecord> ending(List<CertificateStatus> statuses, Instant until) {
        return em.createNamedQuery(CertificateRecord.IN_STATUS_ENDING_BEFORE, CertificateRecord.class)
                .setParameter("statuses", statuses)
                .setParameter("until", until)
                .getResultList();
    }

    private long count(CertificateStatus status) {
        return em.createNamedQuery(CertificateRecord.COUNT_IN_STATUS, Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }
}
