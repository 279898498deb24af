/**
 * Webhook capability: the endpoints a tenant registers (URL, event types, a signing secret sealed at rest and shown
 * once, rotation with an overlap), the fan-out of published events to them, and at-least-once delivery signed by
 * the Standard Webhooks convention, retried with backoff, from any number of instances on one database. Outbound
 * calls are guarded: https only by default, no private, loopback or metadata destinations unless allowed, no
 * redirects, bounded answers and timeouts.
 *
 * <p>Layer 15 of 17 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on every capability below it;
 * uses event (what to deliver), certificate (the key vault that seals secrets), tenant, audit and platform. Inside:
 * {@code boundary -> control -> entity}.
 */
package sa.fatoora.gateway.webhook;
