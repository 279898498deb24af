/**
 * The built-in Fatoora simulator: ZATCA's six calls with a test CA, full validation, OAuth and fault injection.
 * It speaks Fatoora's wire format (zatca's {@code entity.wire}) and uses the product's own codecs (certificate's CA
 * and CSR checks, signing's hashes and QR, validation's stages).
 *
 * <p>Layer 18 of 18 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, event, zatca, egs, certificate, policy, invoice, onboarding, validation, pdf, webhook, batch, console. Uses today: platform, signing,
 * tenant, zatca, certificate, invoice, validation. Nothing may depend on it. Inside: {@code boundary -> control ->
 * entity}; other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.simulator;
