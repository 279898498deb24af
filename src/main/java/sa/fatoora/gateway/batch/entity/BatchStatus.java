package sa.fatoora.gateway.batch.entity;

/** A batch is RUNNING from its acceptance until its last item is finished, then COMPLETED (once: batch.completed). */
public enum BatchStatus {
    RUNNING,
    COMPLETED
}
