/**
 * Fatoora's wire contract: the request and answer bodies of ZATCA's e-invoicing API with ZATCA's own field names
 * (quirks included), shared by the gateway's client and the built-in simulator.
 */
package sa.fatoora.gateway.zatca;
