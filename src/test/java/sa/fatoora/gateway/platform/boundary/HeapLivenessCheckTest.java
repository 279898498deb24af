package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The liveness check reads what survives a collection: live data counts, garbage does not. */
class HeapLivenessCheckTest {

    private static final int MB = 1024 * 1024;

    @Test
    void liveDataCountsAfterACollectionAndGarbageDoesNot() {
        System.gc();
        long before = HeapLivenessCheck.usedAfterCollection(ManagementFactory.getMemoryPoolMXBeans());

        byte[][] live = new byte[64][];
        for (int i = 0; i < live.length; i++) {
            live[i] = new byte[MB];
        }
        System.gc();
        long holding = HeapLivenessCheck.usedAfterCollection(ManagementFactory.getMemoryPoolMXBeans());
        assertTrue(holding - before >= 56L * MB, () -> "64 MB held: " + before / MB + " -> " + holding / MB + " MB");

        live = null;
        for (int i = 0; i < 256; i++) {
            byte[] garbage = new byte[MB];
            garbage[i] = 1;
        }
        System.gc();
        long released = HeapLivenessCheck.usedAfterCollection(ManagementFactory.getMemoryPoolMXBeans());
        assertTrue(
                holding - released >= 56L * MB,
                () -> "released and 256 MB of garbage made: " + holding / MB + " -> " + released / MB + " MB");
    }
}
