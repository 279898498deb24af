package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * Resends PENDING documents whose next attempt is due, the same signed bytes each time, until Fatoora accepts or
 * rejects them. Everything it needs is in the database (status, next attempt, lease), so it carries on after a
 * restart and several instances can run it side by side: a document is claimed with one conditional UPDATE that
 * only one instance can win, and the claim (a lease) lapses by itself if its instance dies mid-delivery.
 */
@ApplicationScoped
public class Outbox {

    /** Passes per run at the most, so that one run ends even while documents keep becoming due. */
    static final int MAX_BATCHES = 10;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    InvoiceSubmitter submitter;

    @Inject
    PipelineSettings settings;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong postponed = new AtomicLong();
    private volatile Instant lastRun;
    private volatile long[] counts = {0, 0, 0};

    @Inject
    InvoiceQueries queries;

    @Inject
    DeadlineWatch deadlines;

    /** Delivers what is due; answers how many documents this instance claimed. */
    public int run() {
        int claimed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Long> due = em.createNamedQuery(InvoiceDocument.DUE, Long.class)
                    .setParameter("pending", InvoiceStatus.PENDING)
                    .setParameter("now", clock.instant())
                    .setMaxResults(settings.batchSize())
                    .getResultList();
            for (Long id : due) {
                String token = UUID.randomUUID().toString();
                if (claim(id, token)) {
                    claimed++;
                    deliver(id, token);
                }
            }
            if (due.size() < settings.batchSize()) {
                break;
            }
        }
        deadlines.run();
        lastRun = clock.instant();
        // counted here, on a container thread, for JMX readers that arrive on threads without one
        counts = new long[] {queries.pending(), queries.atRisk(), queries.overdue()};
        return claimed;
    }

    /**
     * Sends one PENDING document now instead of at its next attempt (an operator's "send now" after ZATCA is back):
     * the same claim and delivery as a run, so an outbox run on any instance and this call never send it twice.
     * False when it could not be claimed: not PENDING any more, or another attempt holds its lease.
     */
    public boolean sendNow(Long id) {
        String token = UUID.randomUUID().toString();
        if (!claim(id, token)) {
            return false;
        }
        deliver(id, token);
        return true;
    }

    boolean claim(Long id, String token) {
        Instant now = clock.instant();
        int updated = tx.required(() -> em.createNamedQuery(InvoiceDocument.CLAIM)
                .setParameter("token", token)
                .setParameter("until", now.plus(settings.lease()))
                .setParameter("id", id)
                .setParameter("pending", InvoiceStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate());
        return updated == 1;
    }

    private void deliver(Long id, String token) {
        InvoiceSubmitter.Delivery delivery = submitter.deliver(id, token);
        if (delivery.delivered()) {
            delivered.incrementAndGet();
            return;
        }
        submitter.postponeWithBackoff(id, token, delivery.error());
        postponed.incrementAndGet();
    }

    public long deliveredTotal() {
        return delivered.get();
    }

    public long postponedTotal() {
        return postponed.get();
    }

    /** PENDING, at risk and overdue documents as of the last run. */
    public long[] countsAtLastRun() {
        return counts.clone();
    }

    public Instant lastRun() {
        return lastRun;
    }
}
