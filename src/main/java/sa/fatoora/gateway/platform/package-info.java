/**
 * Cross-cutting ground every capability stands on: the JAX-RS application, RFC 9457 problem details and the one
 * exception hierarchy behind them, request limits, JSON binding rules, health checks and OpenAPI metadata.
 */
package sa.fatoora.gateway.platform;
