package sa.fatoora.gateway.zatca.entity.wire;

/** Body of the compliance, reporting and clearance calls; {@code invoice} is base64 of the XML bytes. */
public record InvoiceSubmission(String invoiceHash, String uuid, String invoice) {}
