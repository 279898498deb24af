package sa.fatoora.gateway.batch.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** More items than {@code fatoora.batches.max-items}: the whole batch is refused, nothing is stored. */
public class BatchTooLargeException extends GatewayException {

    public BatchTooLargeException(int maxItems) {
        super(
                "BATCH_TOO_LARGE",
                413,
                "Batch too large",
                "A batch holds at most " + maxItems + " items; split it into several batches");
    }
}
