package sa.fatoora.gateway.batch.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.batch.entity.BatchCounts;
import sa.fatoora.gateway.batch.entity.BatchItem;
import sa.fatoora.gateway.batch.entity.BatchStatus;
import sa.fatoora.gateway.batch.entity.InvoiceBatch;
import sa.fatoora.gateway.batch.entity.ItemState;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * A batch is completed once, when no item is queued any more: one conditional UPDATE (RUNNING to COMPLETED) that
 * only one instance can win, and in the same transaction the counts, the audit record and the event {@code
 * batch.completed} (data: batchId, items, succeeded, failed, pending, links), so there is no completion without its
 * event and no event without the completion.
 * Documents Fatoora has not taken yet count as pending: the outbox goes on delivering them, the batch's work is done.
 */
@ApplicationScoped
public class BatchCompletion {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    AuditLog audit;

    @Inject
    Events events;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Answers whether this call completed the batch. */
    public boolean completeIfFinished(Long batchId) {
        return tx.required(() -> {
            long queued = em.createNamedQuery(BatchItem.COUNT_QUEUED, Long.class)
                    .setParameter("batchId", batchId)
                    .setParameter("queued", ItemState.QUEUED)
                    .getSingleResult();
            if (queued > 0) {
                return false;
            }
            BatchCounts counts = counts(batchId);
            int updated = em.createNamedQuery(InvoiceBatch.COMPLETE)
                    .setParameter("completed", BatchStatus.COMPLETED)
                    .setParameter("now", clock.instant())
                    .setParameter("succeeded", counts.succeeded())
                    .setParameter("failed", counts.failedTotal())
                    .setParameter("pending", counts.pending())
                    .setParameter("id", batchId)
                    .setParameter("running", BatchStatus.RUNNING)
                    .executeUpdate();
            if (updated != 1) {
                return false; // completed already, here or by another instance
            }
            InvoiceBatch batch = em.find(InvoiceBatch.class, batchId);
            em.refresh(batch);
            audit.record(
                    batch.getTenantId(),
                    null,
                    AuditType.subject("batch", batchId),
                    BatchAudit.BATCH_COMPLETED,
                    AuditOutcome.SUCCEEDED,
                    "batch " + batchId + ": " + batch.getItemCount() + " items, " + counts.succeeded()
                            + " accepted by Fatoora, " + counts.failedTotal() + " failed, " + counts.pending()
                            + " pending in the outbox");
            events.publish(
                    batch.getTenantId(),
                    EventType.BATCH_COMPLETED,
                    AuditType.subject("batch", batchId),
                    data(batch, counts));
            return true;
        });
    }

    /** batch.completed's data: the batch, its counts, where to read its results. */
    static JsonObject data(InvoiceBatch batch, BatchCounts counts) {
        String self = "/" + BatchQueries.PATH + batch.getId();
        return JSON.createObjectBuilder()
                .add("batchId", batch.getId())
                .add("items", batch.getItemCount())
                .add("succeeded", counts.succeeded())
                .add("failed", counts.failedTotal())
                .add("pending", counts.pending())
                .add("links", JSON.createObjectBuilder().add("self", self).add("results", self + "?limit=1000"))
                .build();
    }

    /** The counts now (in the caller's transaction). */
    BatchCounts counts(Long batchId) {
        Map<ItemState, Long> byState = new EnumMap<>(ItemState.class);
        for (Object[] row : em.createNamedQuery(BatchItem.COUNT_BY_STATE, Object[].class)
                .setParameter("batchId", batchId)
                .getResultList()) {
            byState.put((ItemState) row[0], ((Number) row[1]).longValue());
        }
        Map<InvoiceStatus, Long> byStatus = new EnumMap<>(InvoiceStatus.class);
        for (Object[] row : em.createNamedQuery(BatchItem.COUNT_BY_DOCUMENT_STATUS, Object[].class)
                .setParameter("batchId", batchId)
                .setParameter("done", ItemState.DONE)
                .getResultList()) {
            byStatus.put((InvoiceStatus) row[0], ((Number) row[1]).longValue());
        }
        return BatchCounts.of(byState, byStatus);
    }
}
