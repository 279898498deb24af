package sa.fatoora.gateway.invoice.control;

/** JMX view of the invoice outbox ({@code sa.fatoora.gateway:type=InvoiceOutbox}). Counts are as of the last outbox run. */
public interface InvoiceOutboxMXBean {

    long getPendingCount();

    long getAtRiskCount();

    long getOverdueCount();

    /** Documents this instance's outbox got accepted or rejected since start. */
    long getDeliveredTotal();

    /** Deliveries this instance's outbox had to postpone since start. */
    long getPostponedTotal();

    String getLastRun();
}
