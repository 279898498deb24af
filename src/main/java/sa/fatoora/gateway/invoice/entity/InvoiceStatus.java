package sa.fatoora.gateway.invoice.entity;

/**
 * Where a signed document stands. Every stored document is signed and holds its place in the chain; PENDING means
 * Fatoora has not accepted or rejected it yet (not reached, or refused our credentials) and the outbox resends it
 * unchanged. The other three are final.
 */
public enum InvoiceStatus {
    PENDING,
    CLEARED,
    REPORTED,
    REJECTED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
