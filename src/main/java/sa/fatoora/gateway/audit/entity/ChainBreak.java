package sa.fatoora.gateway.audit.entity;

/** Where a chain stops verifying: the sequence expected there, the record found (null if none) and why. */
public record ChainBreak(long sequence, Long id, String reason) {

    public static final String HASH_MISMATCH = "hash mismatch";
    public static final String LINK_MISMATCH = "previous hash mismatch";
    public static final String MISSING_RECORD = "missing record";
    public static final String OUT_OF_ORDER = "sequence out of order";
    public static final String HEAD_MISMATCH = "chain head mismatch";
}
