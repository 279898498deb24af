/**
 * Cross-cutting ground every capability stands on: the JAX-RS application, RFC 9457 problem details and the one
 * exception hierarchy behind them, request limits, JSON binding rules, the clock (StoredTime), transactions, secure
 * XML parsing, health checks and OpenAPI metadata.
 *
 * <p>Layer 1 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: nothing (the bottom layer).
 * Uses no other capability today. Used only by the capabilities above it. Inside: {@code boundary -> control ->
 * entity}; other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.platform;
