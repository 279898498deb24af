package sa.fatoora.gateway.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import sa.fatoora.gateway.batch.entity.BatchItem;
import sa.fatoora.gateway.batch.entity.BatchStatus;
import sa.fatoora.gateway.batch.entity.InvoiceBatch;
import sa.fatoora.gateway.batch.entity.ItemState;
import sa.fatoora.gateway.invoice.control.InvoiceService;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.platform.entity.FieldError;

/**
 * Issues the queued items of running batches through the invoice pipeline, the one single invoices take
 * ({@link InvoiceService#fromJson}: unit, rules, policy, idempotency, chain, sign, store, then one delivery to
 * Fatoora; a document Fatoora did not take goes to the outbox, as with {@code Prefer: wait=0}).
 *
 * <p>The items of one unit in one batch form a lane, issued strictly in index order: that order is their ICV order,
 * and Fatoora (and the simulator) check each document's PIH against the chain they have seen. Lanes run side by
 * side ({@code fatoora.batches.parallel-units}). All state is in the database, so work carries on after a restart
 * and instances can share it: the next items of a lane are claimed with one conditional UPDATE (a lease, {@code
 * fatoora.batches.lease-seconds}) only when the lane's lowest unfinished item is free, and a result is applied only
 * while its claim is held. An instance that dies leaves its claim to lapse; whoever claims the items again issues
 * them with the same idempotency key (the caller's, or the invoice number), so a document already stored is found,
 * not made twice.
 */
@ApplicationScoped
public class BatchProcessor {

    private static final Logger LOG = Logger.getLogger(BatchProcessor.class.getName());

    /** The canonical form the reader stored (Idempotency.canonicalJson), read back: field rules were checked then. */
    private static final Jsonb CANONICAL = JsonbBuilder.create();

    /** Batches looked at per run. */
    static final int MAX_BATCHES = 20;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    InvoiceService invoices;

    @Inject
    BatchCompletion completion;

    @Inject
    BatchSettings settings;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** One unit's items in one batch: issued in index order, by one claimer at a time. */
    public record Lane(InvoiceBatch batch, Long egsUnitId) {}

    /**
     * Issues what is queued: each lane drained on {@code executor}, at most parallel-units at a time, then batches
     * whose last item is finished are completed. Answers the number of items this run finished.
     */
    public int run(ExecutorService executor) {
        List<Long> running = tx.required(() -> em.createNamedQuery(InvoiceBatch.RUNNING, Long.class)
                .setParameter("running", BatchStatus.RUNNING)
                .setMaxResults(MAX_BATCHES)
                .getResultList());
        List<Lane> lanes = new ArrayList<>();
        for (Long id : running) {
            tx.required(() -> {
                InvoiceBatch batch = em.find(InvoiceBatch.class, id);
                for (Long unit : em.createNamedQuery(BatchItem.LANES, Long.class)
                        .setParameter("batchId", id)
                        .setParameter("queued", ItemState.QUEUED)
                        .getResultList()) {
                    lanes.add(new Lane(batch, unit));
                }
            });
        }
        int finished = 0;
        if (!lanes.isEmpty()) {
            Semaphore slots = new Semaphore(settings.parallelUnits());
            List<Future<Integer>> done = new ArrayList<>();
            for (Lane lane : lanes) {
                slots.acquireUninterruptibly();
                try {
                    done.add(executor.submit(() -> {
                        try {
                            return drain(lane);
                        } finally {
                            slots.release();
                        }
                    }));
                } catch (RuntimeException e) {
                    slots.release();
                    throw e;
                }
            }
            for (Future<Integer> f : done) {
                finished += await(f);
            }
        }
        for (Long id : running) {
            completion.completeIfFinished(id);
        }
        return finished;
    }

    private static int await(Future<Integer> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            LOG.warning(() -> "batch lane failed (" + Problems.category(e.getCause()) + "); it is taken up again");
            return 0;
        }
    }

    /** One lane, claim after claim, in index order, until nothing of it is left to this instance. */
    int drain(Lane lane) {
        int finished = 0;
        while (true) {
            String token = UUID.randomUUID().toString();
            List<BatchItem> claimed = claim(lane, token);
            if (claimed.isEmpty()) {
                return finished;
            }
            for (BatchItem item : claimed) {
                if (!issue(lane.batch(), item, token)) {
                    return finished; // the claim lapsed and another instance has the lane now
                }
                finished++;
            }
        }
    }

    /**
     * The next claim-size items of the lane, claimed for {@code token}; none when the lane's lowest unfinished item
     * is held by someone else (its order must not be overtaken) or nothing is left.
     */
    public List<BatchItem> claim(Lane lane, String token) {
        Instant now = clock.instant();
        Long batchId = lane.batch().getId();
        List<Object[]> head = tx.required(() -> em.createNamedQuery(BatchItem.LANE_HEAD, Object[].class)
                .setParameter("batchId", batchId)
                .setParameter("egsUnitId", lane.egsUnitId())
                .setParameter("queued", ItemState.QUEUED)
                .setMaxResults(1)
                .getResultList());
        if (head.isEmpty() || !LaneClaims.free((Instant) head.get(0)[1], now)) {
            return List.of();
        }
        int from = (Integer) head.get(0)[0];
        int to = from + settings.claimSize();
        return tx.required(() -> {
            int updated = em.createNamedQuery(BatchItem.CLAIM)
                    .setParameter("token", token)
                    .setParameter("until", now.plus(settings.lease()))
                    .setParameter("batchId", batchId)
                    .setParameter("egsUnitId", lane.egsUnitId())
                    .setParameter("queued", ItemState.QUEUED)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("now", now)
                    .executeUpdate();
            if (updated == 0) {
                return List.of();
            }
            List<BatchItem> range = em.createNamedQuery(BatchItem.CLAIMED, BatchItem.class)
                    .setParameter("batchId", batchId)
                    .setParameter("egsUnitId", lane.egsUnitId())
                    .setParameter("queued", ItemState.QUEUED)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList();
            List<BatchItem> owned = LaneClaims.ownedPrefix(range, token);
            // what was claimed behind an item someone else holds is given back at once, not left to lapse
            range.stream().skip(owned.size()).filter(i -> i.leasedBy(token)).forEach(BatchItem::release);
            return owned;
        });
    }

    /** One item through the pipeline; false when its claim was lost (nothing applied). */
    boolean issue(InvoiceBatch batch, BatchItem item, String token) {
        InvoiceService.Submission submission = new InvoiceService.Submission(
                item.getTenantId(),
                item.getEgsUnitId(),
                batch.getAction(),
                item.getIdempotencyKey(),
                Duration.ZERO, // one delivery now; the outbox carries on, as with Prefer: wait=0
                false);
        InvoiceDocument document = null;
        String errors = null;
        try {
            InvoiceRequest request =
                    CANONICAL.fromJson(new String(item.getRequest(), StandardCharsets.UTF_8), InvoiceRequest.class);
            document = invoices.fromJson(submission, request).document();
        } catch (GatewayException e) {
            errors = ItemErrors.of(e); // the answer a single request would have had
        } catch (RuntimeException e) {
            LOG.warning(() -> "batch " + batch.getId() + " item " + item.getItemIndex() + " failed ("
                    + Problems.category(e) + ")");
            errors = ItemErrors.of(
                    "ITEM_FAILED",
                    500,
                    "Issuing this item failed on the server; sending it again as a single invoice with the same"
                            + " invoice number (or Idempotency-Key) is safe: a document already stored is answered",
                    List.<FieldError>of());
        }
        return finish(batch.getId(), item, token, document, errors);
    }

    /**
     * The item's result, applied only while {@code token} still holds it: the document made from it, or (document
     * null) its errors. The claim's other items get a new lease from now. False: the claim was lost, nothing applied.
     */
    public boolean finish(Long batchId, BatchItem item, String token, InvoiceDocument document, String errors) {
        return tx.required(() -> {
            Instant now = clock.instant();
            // one conditional UPDATE: applied only while the claim holds (the request is not kept: the document,
            // or the errors, is the result)
            int updated = em.createNamedQuery(BatchItem.FINISH)
                    .setParameter("state", document != null ? ItemState.DONE : ItemState.FAILED)
                    .setParameter("invoiceId", document != null ? document.getId() : null)
                    .setParameter("resultStatus", document != null ? document.getStatus() : null)
                    .setParameter("errors", document != null ? null : errors)
                    .setParameter("now", now)
                    .setParameter("id", item.getId())
                    .setParameter("token", token)
                    .setParameter("queued", ItemState.QUEUED)
                    .executeUpdate();
            if (updated != 1) {
                LOG.warning(() -> "batch " + batchId + " item " + item.getItemIndex() + ": claim lost");
                return false;
            }
            // the claim's other items are held for another lease from now: only one slow item can outlast it
            em.createNamedQuery(BatchItem.RENEW)
                    .setParameter("until", now.plus(settings.lease()))
                    .setParameter("batchId", batchId)
                    .setParameter("token", token)
                    .setParameter("queued", ItemState.QUEUED)
                    .executeUpdate();
            return true;
        });
    }
}
