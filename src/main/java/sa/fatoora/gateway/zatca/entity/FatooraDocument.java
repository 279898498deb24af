package sa.fatoora.gateway.zatca.entity;

/** A signed document as Fatoora receives it: its hash (base64), UUID and XML bytes (sent base64-encoded). */
public record FatooraDocument(String invoiceHash, String uuid, byte[] xml) {

    /**
     * Fatoora refuses requests over about 10 MB with HTTP 413 (zatca-facts section 4), so a document whose request
     * would be larger is refused before it is sent, or signed. 10,000,000 bytes: the lower reading of "10 MB".
     */
    public static final long MAX_REQUEST_BYTES = 10_000_000;

    /** The reporting or clearance request's size: the XML in base64, plus the hash, the UUID and the field names. */
    public static long requestBytes(long xmlBytes) {
        return 4 * ((xmlBytes + 2) / 3) + 200;
    }
}
