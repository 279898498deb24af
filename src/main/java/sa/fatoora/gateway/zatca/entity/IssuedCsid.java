package sa.fatoora.gateway.zatca.entity;

/** A compliance or production CSID that Fatoora issued, with the requestID that names it in later calls. */
public record IssuedCsid(long requestId, String dispositionMessage, CsidCredentials credentials) {}
