package sa.fatoora.gateway.invoice.entity;

/** Where a document sits in its EGS unit's chain: invoice counter value (KSA-16) and previous invoice hash (KSA-13). */
public record ChainPosition(long icv, String previousInvoiceHash) {

    /** Base64 of the hex SHA-256 of "0": the PIH of the first document of every chain. */
    public static final String FIRST_PREVIOUS_HASH =
            "NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==";

    public ChainPosition {
        if (icv < 1) {
            throw new IllegalArgumentException("The invoice counter starts at 1");
        }
        if (previousInvoiceHash == null || previousInvoiceHash.isBlank()) {
            throw new IllegalArgumentException("The previous invoice hash is required");
        }
    }
}
