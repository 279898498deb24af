package sa.fatoora.gateway.batch.entity;

/**
 * Where an item of a batch stands in the batch's own work: QUEUED until it is issued (it may be claimed meanwhile),
 * then DONE (it became a document, whose status the invoice pipeline keeps: the outbox may still deliver it) or
 * FAILED (refused by the invoice rules, with its errors; no document, no ICV).
 */
public enum ItemState {
    QUEUED,
    DONE,
    FAILED
}
