/**
 * Audit capability: the append-only record of decisions and events (policy, submissions, certificates, rule
 * packs). Other capabilities write to it through {@code control.AuditLog}.
 *
 * <p>Layer 5 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant. Uses today: platform. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity};
 * other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.audit;
