/**
 * CSIDs' X.509 side and their storage: CSRs to ZATCA's profile, the certificate store (key verification, AES-GCM
 * sealed keys and CSIDs, lifecycle, expiry monitoring), whether a key is a CSR's ({@code control.CsrKeyMatch}), and
 * GET /api/v1/zatca/status (it hands a unit's certificate and CSID to zatca's status service). Together with signing,
 * the only place BouncyCastle is used.
 *
 * <p>Layer 8 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, zatca, egs. Uses today: platform, schema, signing, tenant, zatca, egs. Used only by the capabilities
 * above it. Inside: {@code boundary -> control -> entity}; other capabilities use its control and entity, never its
 * boundary.
 */
package sa.fatoora.gateway.certificate;
