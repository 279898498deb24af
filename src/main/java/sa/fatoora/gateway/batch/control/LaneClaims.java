package sa.fatoora.gateway.batch.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import sa.fatoora.gateway.batch.entity.BatchItem;

/** The claim rules of a lane, apart from the database so they can be tested as they are. */
final class LaneClaims {

    private LaneClaims() {}

    /** An item may be claimed when nobody holds it or its holder's lease has lapsed. */
    static boolean free(Instant leaseUntil, Instant now) {
        return leaseUntil == null || leaseUntil.isBefore(now);
    }

    /**
     * The claimed items to issue, in index order: those of {@code token} up to the first one held by someone else.
     * Issuing past it would overtake an item of the lane, and the lane's order is its ICV order.
     */
    static List<BatchItem> ownedPrefix(List<BatchItem> range, String token) {
        List<BatchItem> owned = new ArrayList<>();
        for (BatchItem item : range) {
            if (!item.leasedBy(token)) {
                break;
            }
            owned.add(item);
        }
        return owned;
    }
}
