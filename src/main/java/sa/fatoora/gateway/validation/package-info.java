/**
 * Local validation of e-invoices before they reach ZATCA: the ordered validation stages (UBL schema, EN 16931 and
 * KSA schematrons, signature, QR and PIH stages), rule packs, the validation report, POST /api/v1/validation and the
 * validation of a stored invoice.
 *
 * <p>Layer 12 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, zatca, egs, certificate, policy, invoice, onboarding. Uses today: platform, signing, tenant, audit,
 * invoice. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity}; other capabilities
 * use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.validation;
