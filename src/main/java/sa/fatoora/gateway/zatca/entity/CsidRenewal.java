package sa.fatoora.gateway.zatca.entity;

/**
 * The answer to a renewal. {@code complianceRequired}: Fatoora answered 428 and {@code csid} is a compliance CSID;
 * the compliance checks must pass again before a production CSID is issued for it.
 */
public record CsidRenewal(IssuedCsid csid, boolean complianceRequired) {}
