/**
 * Signing capability: the invoice hash, the XAdES stamp with its secp256k1 signature and the QR TLV of a ZATCA
 * document, and the checks that verify all three on a signed document (used by the local validator).
 */
package sa.fatoora.gateway.signing;
