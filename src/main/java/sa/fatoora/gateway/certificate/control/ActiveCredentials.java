package sa.fatoora.gateway.certificate.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.certificate.entity.CertificateStatus;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.zatca.entity.CsidCredentials;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The signing path's view of each unit's ACTIVE certificate: decrypted once, then served from memory. An entry is
 * re-confirmed against the database at most every {@code fatoora.certificates.recheck-interval} (one id query, no
 * decryption, so a change made by another instance is picked up) and dropped at once on any status change made
 * by this instance.
 */
@ApplicationScoped
public class ActiveCredentials {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    SealedCredentials sealed;

    @Resource
    TransactionSynchronizationRegistry synchronizations;

    @Inject
    @ConfigProperty(name = "fatoora.certificates.recheck-interval", defaultValue = "PT1M")
    Duration recheck;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private final CredentialCache cache = new CredentialCache();

    CredentialCache.Entry current(Long egsUnitId) {
        Instant now = clock.instant();
        CredentialCache.Entry cached = cache.get(egsUnitId);
        if (cached != null && now.isBefore(cached.checkedAt().plus(recheck))) {
            return usable(egsUnitId, cached, now);
        }
        long epoch = cache.epoch();
        CertificateRecord r = activeRecord(egsUnitId).orElseThrow(() -> new NoActiveCertificateException(egsUnitId));
        CredentialCache.Entry entry = cached != null && cached.certificateId().equals(r.getId())
                ? cached.checked(now)
                : new CredentialCache.Entry(r.getId(), r.getNotAfter(), sealed.identity(r), sealed.csid(r), now);
        cache.put(egsUnitId, entry, epoch);
        return usable(egsUnitId, entry, now);
    }

    CsidCredentials csid(Long egsUnitId, boolean reload) {
        if (reload) {
            cache.invalidate(egsUnitId);
        }
        CredentialCache.Entry entry = current(egsUnitId);
        if (entry.csid() == null) {
            throw new NoCsidException(egsUnitId, entry.certificateId());
        }
        return entry.csid();
    }

    Optional<CertificateRecord> activeRecord(Long egsUnitId) {
        EgsUnit unit = egsUnitId == null ? null : em.find(EgsUnit.class, egsUnitId);
        return unit == null
                ? Optional.empty()
                : activeOf(egsUnitId, unit.getEnvironment()).stream().findFirst();
    }

    List<CertificateRecord> activeOf(Long egsUnitId, ZatcaEnvironment environment) {
        return em.createNamedQuery(CertificateRecord.ACTIVE_OF_UNIT, CertificateRecord.class)
                .setParameter("unit", egsUnitId)
                .setParameter("environment", environment)
                .setParameter("status", CertificateStatus.ACTIVE)
                .getResultList();
    }

    /** Now, and again once the transaction has ended, so a reader cannot re-cache the state before the commit. */
    void invalidateOnCompletion(Long egsUnitId) {
        cache.invalidate(egsUnitId);
        synchronizations.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                cache.invalidate(egsUnitId);
            }
        });
    }

    private static CredentialCache.Entry usable(Long egsUnitId, CredentialCache.Entry entry, Instant now) {
        if (now.isAfter(entry.notAfter())) {
            throw new NoActiveCertificateException(egsUnitId, entry.notAfter());
        }
        return entry;
    }
}
