/**
 * Signing capability: the invoice hash, the XAdES stamp with its secp256k1 signature and the QR TLV of a ZATCA
 * document (with the longest QR a seller's documents can have, {@code control.QrWorstCase}), and the checks that
 * verify all three on a signed document (used by the local validator). With certificate, the only place BouncyCastle
 * is used.
 *
 * <p>Layer 3 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema. Uses today:
 * platform. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity}; other capabilities
 * use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.signing;
