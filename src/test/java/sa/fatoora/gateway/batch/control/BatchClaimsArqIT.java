package sa.fatoora.gateway.batch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sa.fatoora.gateway.batch.entity.BatchItem;
import sa.fatoora.gateway.batch.entity.BatchStatus;
import sa.fatoora.gateway.batch.entity.InvoiceBatch;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.testing.incontainer.InContainer;
import sa.fatoora.gateway.testing.incontainer.MovableClock;
import sa.fatoora.gateway.testing.incontainer.Store;

/**
 * In the container, on the real transaction manager and database: the claims that keep two instances (here: callers)
 * from issuing one item twice or a unit's items out of order. A lane's items are claimed only while its lowest
 * unfinished item is free; a result is applied only while its claim holds; a lapsed claim passes to the next
 * claimer, whose results then count and the first one's do not; of concurrent claimers exactly one wins; a batch is
 * completed once. The batch worker is off on this server (src/test/arquillian/liberty/jvm.options), so nothing else
 * claims these lanes; items are never issued here (their requests are not invoices), only claimed and finished.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
public class BatchClaimsArqIT {

    static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

    @Deployment
    public static WebArchive deployment() {
        return InContainer.gatewayWith("batch-claims-arq");
    }

    @Inject
    BatchIntake intake;

    @Inject
    BatchProcessor processor;

    @Inject
    BatchCompletion completion;

    @Inject
    BatchSettings settings;

    @Inject
    Store store;

    @AfterEach
    public void releaseClock() {
        MovableClock.INSTANCE.release();
    }

    @Test
    public void aLaneIsClaimedInOrderByOneClaimerAndALapsedClaimPassesOn() {
        MovableClock.INSTANCE.pin(T0);
        long u = unit(), v = unit();
        InvoiceBatch batch = batch(u, u, u, u, u, v, v);
        BatchProcessor.Lane laneU = new BatchProcessor.Lane(batch, u);
        BatchProcessor.Lane laneV = new BatchProcessor.Lane(batch, v);

        List<BatchItem> a = processor.claim(laneU, "A");
        assertEquals(List.of(0, 1, 2, 3, 4), indexes(a));
        assertEquals(List.of(), indexes(processor.claim(laneU, "B")), "the lane's head is A's");
        assertEquals(List.of(5, 6), indexes(processor.claim(laneV, "B")), "another unit's lane is free");

        assertTrue(processor.finish(batch.getId(), a.get(0), "A", null, failed()));
        assertFalse(processor.finish(batch.getId(), a.get(0), "B", null, failed()), "not B's");
        assertFalse(processor.finish(batch.getId(), a.get(0), "A", null, failed()), "finished already");

        // finishing renewed A's claim from T0: it holds until T0 + lease
        MovableClock.INSTANCE.pin(T0.plus(settings.lease()).minusSeconds(1));
        assertEquals(List.of(), indexes(processor.claim(laneU, "C")), "A's claim still holds");
        MovableClock.INSTANCE.pin(T0.plus(settings.lease()).plusSeconds(1));
        List<BatchItem> c = processor.claim(laneU, "C");
        assertEquals(List.of(1, 2, 3, 4), indexes(c), "A's lapsed claim passed to C, from the lane's head");
        assertFalse(processor.finish(batch.getId(), a.get(1), "A", null, failed()), "A lost its claim");
        assertTrue(processor.finish(batch.getId(), c.get(0), "C", null, failed()));

        // not completed while items are queued; once, when the last is finished
        assertFalse(completion.completeIfFinished(batch.getId()));
        for (BatchItem item : c.subList(1, c.size())) {
            assertTrue(processor.finish(batch.getId(), item, "C", null, failed()));
        }
        assertFalse(completion.completeIfFinished(batch.getId()), "B's items are still queued");
        for (int i = 5; i <= 6; i++) {
            BatchItem item = item(batch.getId(), i);
            assertTrue(processor.finish(batch.getId(), item, "B", null, failed()));
        }
        assertTrue(completion.completeIfFinished(batch.getId()));
        assertFalse(completion.completeIfFinished(batch.getId()), "completed once");
        InvoiceBatch done = store.find(InvoiceBatch.class, batch.getId());
        assertEquals(BatchStatus.COMPLETED, done.getStatus());
        assertEquals(7, done.getFailed());
        assertEquals(0, done.getSucceeded());
    }

    @Test
    public void ofConcurrentClaimersExactlyOneWinsTheLane() throws Exception {
        long u = unit();
        long[] units = new long[30];
        java.util.Arrays.fill(units, u);
        InvoiceBatch batch = batch(units);
        BatchProcessor.Lane lane = new BatchProcessor.Lane(batch, u);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<BatchItem>>> claims = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String token = "T" + i;
            claims.add(executor.submit(() -> {
                start.await();
                return processor.claim(lane, token);
            }));
        }
        start.countDown();
        List<List<Integer>> won = new ArrayList<>();
        for (Future<List<BatchItem>> f : claims) {
            List<BatchItem> claimed = f.get(60, TimeUnit.SECONDS);
            if (!claimed.isEmpty()) {
                won.add(indexes(claimed));
            }
        }
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < settings.claimSize(); i++) {
            first.add(i);
        }
        assertEquals(List.of(first), won, "one claimer, the lane's first claim-size items in order");
    }

    private static String failed() {
        return ItemErrors.of("VALIDATION_FAILED", 400, "test", List.<FieldError>of());
    }

    private static long unit() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }

    /** A batch with one queued item per unit given, in that order. */
    private InvoiceBatch batch(long... units) {
        long tenant = unit();
        return intake.accept(
                        tenant,
                        null,
                        null,
                        sink -> {
                            for (int i = 0; i < units.length; i++) {
                                sink.queued(units[i], "N-" + i, null, "{}".getBytes(StandardCharsets.UTF_8));
                            }
                        },
                        () -> "digest")
                .batch();
    }

    private BatchItem item(Long batchId, int index) {
        return store.list(
                        "SELECT i FROM BatchItem i WHERE i.batchId = :b AND i.itemIndex = :i",
                        BatchItem.class,
                        Map.of("b", batchId, "i", index))
                .get(0);
    }

    private static List<Integer> indexes(List<BatchItem> items) {
        return items.stream().map(BatchItem::getItemIndex).toList();
    }
}
