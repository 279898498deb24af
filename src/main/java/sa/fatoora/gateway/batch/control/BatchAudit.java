package sa.fatoora.gateway.batch.control;

/** The audit types and subject of bulk submission. */
public final class BatchAudit {

    public static final String BATCH_ACCEPTED = "BATCH_ACCEPTED";
    public static final String BATCH_COMPLETED = "BATCH_COMPLETED";

    private BatchAudit() {}

    public static String subject(Long batchId) {
        return "batch:" + batchId;
    }
}
