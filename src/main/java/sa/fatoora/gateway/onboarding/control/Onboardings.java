package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.OnboardingKind;
import sa.fatoora.gateway.onboarding.entity.OnboardingStatus;
import sa.fatoora.gateway.platform.control.ConflictException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * The onboarding runs of EGS units, and who may run them: one request at a time per unit. A request leases the
 * unit's open run (under a row lock on the unit, so two requests cannot both start one); another request meanwhile
 * answers 409. The lease expires by itself, so a crashed request cannot block the unit forever.
 */
@ApplicationScoped
public class Onboardings {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    OnboardingEvents events;

    @Inject
    Transactions tx;

    @Inject
    @ConfigProperty(name = "fatoora.onboarding.lease", defaultValue = "PT10M")
    Duration lease;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /**
     * Leases the unit's open run of this kind, or starts a new one; any other open run of the unit is abandoned.
     *
     * @param runId the run to continue (the two-step endpoint's), or null for the unit's open one
     */
    public Onboarding acquire(Long tenantId, Long unitId, OnboardingKind kind, Long runId, boolean clientCsr) {
        return tx.required(() -> {
            em.find(EgsUnit.class, unitId, LockModeType.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            Onboarding chosen = null;
            for (Onboarding run : ofUnit(unitId)) {
                if (!run.getStatus().open()) {
                    continue;
                }
                if (run.leased(now)) {
                    throw new ConflictException(
                            "ONBOARDING_IN_PROGRESS",
                            "An onboarding or renewal of EGS unit " + unitId + " is running; retry when it has"
                                    + " finished");
                }
                // a client's CSR belongs to its own request: a new one never continues another's run
                boolean mine = runId != null
                        ? run.getId().equals(runId)
                        : !clientCsr && run.getKind() == kind && !run.isClientCsr();
                if (mine) {
                    chosen = run;
                } else {
                    run.status(OnboardingStatus.ABANDONED, now);
                }
            }
            if (chosen == null) {
                chosen = new Onboarding(tenantId, unitId, kind, now);
                em.persist(chosen);
            }
            chosen.status(OnboardingStatus.IN_PROGRESS, now);
            chosen.lease(now.plus(lease));
            em.flush();
            return chosen;
        });
    }

    /** Ends the request's lease; a run that did not complete is FAILED and resumable. */
    public void release(Long id) {
        tx.required(() -> {
            Onboarding run = em.find(Onboarding.class, id);
            if (run.getStatus() == OnboardingStatus.IN_PROGRESS) {
                run.status(OnboardingStatus.FAILED, clock.instant());
                events.failed(run);
            }
            run.lease(null);
        });
    }

    /** Completes a run (its production certificate is ACTIVE) and publishes onboarding.completed with it. */
    public Onboarding complete(Long id, Long productionCertificateId) {
        return tx.required(() -> {
            Onboarding run = em.find(Onboarding.class, id);
            run.completed(productionCertificateId, clock.instant());
            events.completed(run);
            return run;
        });
    }

    /** Changes a run in its own transaction and answers the fresh state. */
    public Onboarding update(Long id, Consumer<Onboarding> change) {
        return tx.required(() -> {
            Onboarding run = em.find(Onboarding.class, id);
            change.accept(run);
            return run;
        });
    }

    public Onboarding find(Long id) {
        return tx.required(() -> em.find(Onboarding.class, id));
    }

    public Optional<Onboarding> latest(Long unitId) {
        return ofUnit(unitId).stream().findFirst();
    }

    /** A CSR already seen by the gateway: in any run, whoever made it. */
    public boolean knownCsr(String fingerprint) {
        return em.createNamedQuery(Onboarding.BY_FINGERPRINT, Long.class)
                        .setParameter("fingerprint", fingerprint)
                        .getSingleResult()
                > 0;
    }

    public Instant now() {
        return clock.instant();
    }

    private List<Onboarding> ofUnit(Long unitId) {
        return em.createNamedQuery(Onboarding.BY_UNIT, Onboarding.class)
                .setParameter("unitId", unitId)
                .getResultList();
    }
}
