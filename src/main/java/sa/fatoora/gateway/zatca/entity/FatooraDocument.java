package sa.fatoora.gateway.zatca.entity;

/** A signed document as Fatoora receives it: its hash (base64), UUID and XML bytes (sent base64-encoded). */
public record FatooraDocument(String invoiceHash, String uuid, byte[] xml) {}
