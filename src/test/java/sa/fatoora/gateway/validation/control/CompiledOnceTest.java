package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompiledOnceTest {

    @Test
    void compilesOnceUnderConcurrentFirstUse() throws Exception {
        AtomicInteger compilations = new AtomicInteger();
        CompiledOnce<Object> once = new CompiledOnce<>(() -> {
            compilations.incrementAndGet();
            sleep();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return once.get();
                }));
            }
            go.countDown();
            Object first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Object> r : results) {
                assertSame(first, r.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, compilations.get());
    }

    private static void sleep() {
        try {
            Thread.sleep(50); // long enough for every thread to arrive while the first compiles
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailureIsRememberedNotRetried() {
        AtomicInteger compilations = new AtomicInteger();
        CompiledOnce<Object> once = new CompiledOnce<>(() -> {
            compilations.incrementAndGet();
            throw new RulesUnavailableException("broken");
        });

        assertEquals(
                "broken",
                assertThrows(RulesUnavailableException.class, once::get).getMessage());
        assertEquals(
                "broken",
                assertThrows(RulesUnavailableException.class, once::get).getMessage());
        assertEquals(1, compilations.get());
    }
}
