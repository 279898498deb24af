package sa.fatoora.gateway.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.batch.entity.BatchItem;
import sa.fatoora.gateway.batch.entity.InvoiceBatch;
import sa.fatoora.gateway.invoice.control.Idempotency;
import sa.fatoora.gateway.platform.control.ConflictException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

/**
 * Accepts a batch: the batch row and one row per item, written while the body is read, in ONE transaction, so a
 * body found malformed at its last byte leaves nothing behind. The persistence context is flushed and cleared
 * every {@code fatoora.batches.write-chunk} items: the heap holds one chunk, never the batch. A repeated
 * {@code Idempotency-Key} answers the batch it made when the request is the same, else 409 IDEMPOTENCY_CONFLICT
 * (as single invoices do).
 */
@ApplicationScoped
public class BatchIntake {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    BatchSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** The batch, and whether it was made by an earlier request with the same key. */
    public record Accepted(InvoiceBatch batch, boolean replay) {}

    /** The batch an earlier request made with this key, if any. */
    public Optional<InvoiceBatch> byKey(Long tenantId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return tx.required(() -> em.createNamedQuery(InvoiceBatch.BY_KEY, InvoiceBatch.class)
                .setParameter("tenantId", tenantId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst());
    }

    /** The key as stored: the same rules as single invoices' Idempotency-Key. */
    public static String checkedKey(String key) {
        if (key != null) {
            Idempotency.key(key, null); // refuses a malformed key
        }
        return key;
    }

    /** An item's own {@code idempotencyKey}: the rules of the header, the pointer of the field. */
    public static String checkedItemKey(String key) {
        try {
            return checkedKey(key);
        } catch (ValidationFailedException e) {
            throw ValidationFailedException.of("/idempotencyKey", "must be 1 to 200 visible ASCII characters");
        }
    }

    /** A repeat: the same request answers the earlier batch; a different one is a conflict. */
    public Accepted repeat(InvoiceBatch earlier, String digest) {
        if (!earlier.getRequestDigest().equals(digest)) {
            throw new ConflictException(
                    "IDEMPOTENCY_CONFLICT",
                    "This Idempotency-Key was used for a different batch (batch " + earlier.getId()
                            + "); use a new key for a new batch");
        }
        return new Accepted(earlier, true);
    }

    /**
     * Reads the body through {@code reading} into a new batch. {@code digest} is asked for after the reading: the
     * digest of everything read.
     */
    public Accepted accept(
            Long tenantId, String key, SubmissionAction action, Consumer<ItemSink> reading, Supplier<String> digest) {
        try {
            return tx.required(() -> {
                InvoiceBatch batch = new InvoiceBatch(tenantId, key, "", action, clock.instant());
                em.persist(batch);
                em.flush(); // a concurrent batch with the same key meets the unique key here, before any reading
                Long id = batch.getId();
                Writer writer = new Writer(id, tenantId);
                reading.accept(writer);
                em.flush();
                em.clear();
                if (writer.index == 0) {
                    throw ValidationFailedException.of("", "a batch holds at least one invoice request");
                }
                InvoiceBatch stored = em.find(InvoiceBatch.class, id);
                stored.counted(writer.index);
                stored.digested(digest.get());
                audit.record(
                        tenantId,
                        null,
                        AuditType.subject("batch", id),
                        BatchAudit.BATCH_ACCEPTED,
                        AuditOutcome.SUCCEEDED,
                        "batch " + id + ": " + writer.index + " items, " + writer.refused + " refused while reading"
                                + (key == null ? "" : ", Idempotency-Key given"));
                return new Accepted(stored, false);
            });
        } catch (PersistenceException e) {
            if (key != null && byKey(tenantId, key).isPresent()) {
                throw new ConflictException(
                                "IDEMPOTENCY_CONFLICT",
                                "A batch with this Idempotency-Key was accepted at the same time; send the request"
                                        + " again to get it")
                        .causedBy(e);
            }
            throw e;
        }
    }

    private final class Writer implements ItemSink {

        private final Long batchId;
        private final Long tenantId;
        int index;
        int refused;

        Writer(Long batchId, Long tenantId) {
            this.batchId = batchId;
            this.tenantId = tenantId;
        }

        @Override
        public void queued(Long egsUnitId, String invoiceNumber, String idempotencyKey, byte[] request) {
            write(BatchItem.queued(batchId, next(), tenantId, egsUnitId, invoiceNumber, idempotencyKey, request));
        }

        @Override
        public void refused(String errors) {
            refused++;
            write(BatchItem.refused(batchId, next(), tenantId, errors, clock.instant()));
        }

        private int next() {
            if (index >= settings.maxItems()) {
                throw new BatchTooLargeException(settings.maxItems()); // rolls the whole batch back
            }
            return index++;
        }

        private void write(BatchItem item) {
            em.persist(item);
            if (index % settings.writeChunk() == 0) {
                em.flush();
                em.clear();
            }
        }
    }
}
