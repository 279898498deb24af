package sa.fatoora.gateway.batch.control;

/**
 * Where the reader of a batch body puts each item, in body order. The reader binds and checks each item as a
 * single invoice request is bound and checked; the sink stores it (in chunks, nothing kept in memory).
 */
public interface ItemSink {

    /** An item to issue: its unit, invoice number, the caller's own key (or null) and the request, canonical JSON. */
    void queued(Long egsUnitId, String invoiceNumber, String idempotencyKey, byte[] canonicalRequest);

    /** An item that can't be issued as it is (binding or field rules): its errors (ItemErrors). */
    void refused(String errors);
}
