package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * Publishes {@code invoice.deadline-at-risk} for a simplified invoice still PENDING within
 * {@code fatoora.events.deadline-at-risk-hours} (default 6) of its 24-hour reporting deadline, and
 * {@code invoice.deadline-missed} once the deadline has passed: each once per invoice (its {@code deadlineNotice},
 * set in the same transaction under the row's lock, so two instances never publish it twice). Run with the outbox.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final int PER_RUN = 200;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    InvoiceEvents events;

    @Inject
    @ConfigProperty(name = "fatoora.events.deadline-at-risk-hours", defaultValue = "6")
    int atRiskHours;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Answers how many events it published. */
    public int run() {
        Instant now = clock.instant();
        List<Long> due = tx.required(() -> em.createNamedQuery(InvoiceDocument.DEADLINE_NOTICE_DUE, Long.class)
                .setParameter("pending", InvoiceStatus.PENDING)
                .setParameter("limit", now.plus(Duration.ofHours(atRiskHours)))
                .setParameter("atRisk", InvoiceDocument.NOTICE_AT_RISK)
                .setParameter("now", now)
                .setMaxResults(PER_RUN)
                .getResultList());
        int published = 0;
        for (Long id : due) {
            published += tx.required(() -> notice(id, now)) ? 1 : 0;
        }
        return published;
    }

    private boolean notice(Long id, Instant now) {
        InvoiceDocument d = em.find(InvoiceDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.getStatus() != InvoiceStatus.PENDING || d.getDeadline() == null) {
            return false;
        }
        boolean missed = !now.isBefore(d.getDeadline());
        String notice = missed ? InvoiceDocument.NOTICE_MISSED : InvoiceDocument.NOTICE_AT_RISK;
        if (notice.equals(d.getDeadlineNotice())) {
            return false;
        }
        d.deadlineNoticed(notice);
        events.deadline(d, missed);
        return true;
    }
}
