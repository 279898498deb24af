/**
 * An EGS unit's way to a production CSID: CSR, compliance CSID, compliance checks (built as real invoices by
 * invoice's pipeline), production CSID and renewal, and the legacy two-step endpoint. The units themselves are egs's;
 * their certificates are certificate's.
 *
 * <p>Layer 11 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, zatca, egs, certificate, policy, invoice. Uses today: platform, signing, tenant, zatca, egs,
 * certificate, policy, invoice. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity};
 * other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.onboarding;
