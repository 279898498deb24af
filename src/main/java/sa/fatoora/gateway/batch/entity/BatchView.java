package sa.fatoora.gateway.batch.entity;

import java.time.Instant;
import java.util.List;

/**
 * A batch: its progress ({@code counts}), one page of its item results in index order, and {@code nextCursor} for
 * the next page (null on the last). {@code summary} is what batch.completed said (null while RUNNING).
 */
public record BatchView(
        Long id,
        BatchStatus status,
        int items,
        BatchCounts counts,
        Summary summary,
        Instant createdAt,
        Instant completedAt,
        List<ItemView> results,
        String nextCursor,
        String self) {

    /** The counts written when the batch completed. */
    public record Summary(int succeeded, int failed, int pending) {}
}
