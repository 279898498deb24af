/**
 * Tenants and their API keys: who is calling, which tenant every query is scoped to, and the administrator key that
 * creates tenants. Keys are shown once and stored only as SHA-256 hashes; {@code control.ApiKeys.HEADER} is the
 * header they travel in.
 *
 * <p>Layer 4 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing.
 * Uses today: platform. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity}; other
 * capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.tenant;
