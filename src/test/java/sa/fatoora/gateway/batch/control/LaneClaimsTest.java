package sa.fatoora.gateway.batch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.batch.entity.BatchItem;

class LaneClaimsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void anItemIsFreeWithoutALeaseOrOnceItsLeaseHasLapsed() {
        assertTrue(LaneClaims.free(null, NOW));
        assertTrue(LaneClaims.free(NOW.minusMillis(1), NOW));
        assertFalse(LaneClaims.free(NOW, NOW));
        assertFalse(LaneClaims.free(NOW.plusSeconds(60), NOW));
    }

    @Test
    void onlyTheOwnedItemsBeforeTheFirstForeignOneAreIssued() throws Exception {
        List<BatchItem> range = List.of(item(0, "a"), item(1, "a"), item(2, "b"), item(3, "a"));
        assertEquals(List.of(0, 1), indexes(LaneClaims.ownedPrefix(range, "a")));
        assertEquals(List.of(), indexes(LaneClaims.ownedPrefix(range, "b")));
        assertEquals(List.of(), indexes(LaneClaims.ownedPrefix(List.of(item(0, null), item(1, "a")), "a")));
        assertEquals(
                List.of(0, 1, 2),
                indexes(LaneClaims.ownedPrefix(List.of(item(0, "a"), item(1, "a"), item(2, "a")), "a")));
    }

    private static List<Integer> indexes(List<BatchItem> items) {
        return items.stream().map(BatchItem::getItemIndex).toList();
    }

    private static BatchItem item(int index, String token) throws Exception {
        BatchItem item = BatchItem.queued(1L, index, 1L, 1L, "INV-" + index, null, new byte[0]);
        Field lease = BatchItem.class.getDeclaredField("leaseToken");
        lease.setAccessible(true);
        lease.set(item, token);
        return item;
    }
}
