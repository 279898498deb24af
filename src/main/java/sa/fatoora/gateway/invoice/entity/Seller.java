package sa.fatoora.gateway.invoice.entity;

/**
 * The supplier (BG-4). Never part of a request: it comes from the configuration of the EGS unit that issues the
 * document, so a caller cannot issue invoices in someone else's name.
 */
public record Seller(String registrationName, String vatNumber, PartyId otherId, PostalAddress address) {}
