package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** The compiled rules are shared by all requests: many threads at once must get exactly the one-thread answers. */
class ConcurrentValidationTest {

    private static final int THREADS = 6;

    @Test
    void samplesValidatedConcurrentlyGiveTheSequentialResults() throws Exception {
        List<Path> samples = SdkData.samples();
        Map<Path, byte[]> bytes = samples.stream().collect(Collectors.toMap(Function.identity(), SdkData::read));
        ValidationService service = SdkData.service();
        Map<Path, ValidationReport> expected = samples.stream()
                .collect(Collectors.toMap(Function.identity(), p -> service.validate(bytes.get(p), null)));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Path> order = new ArrayList<>(samples);
                Collections.shuffle(order, new Random(t));
                Callable<List<String>> worker = () -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (Path p : order) {
                        ValidationReport actual = service.validate(bytes.get(p), null);
                        if (!actual.equals(expected.get(p))) {
                            mismatches.add(p.getFileName() + ": " + actual);
                        }
                    }
                    return mismatches;
                };
                futures.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<List<String>> f : futures) {
                assertEquals(List.of(), f.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(expected.values().stream().allMatch(ValidationReport::valid));
    }
}
