/**
 * Talking to ZATCA's Fatoora platform: the wire contract (ZATCA's own field names, quirks included, shared with the
 * built-in simulator), the REST client with CSID and OAuth authentication, fault tolerance, and the status endpoint.
 */
package sa.fatoora.gateway.zatca;
