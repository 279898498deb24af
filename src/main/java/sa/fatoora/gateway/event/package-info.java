/**
 * Event capability: what an ERP or operator must act on (an invoice cleared, reported or rejected, a reporting
 * deadline at risk, a certificate expiring, an onboarding ended, a batch done), written as one event in the same
 * transaction as the change it describes (a transactional outbox), numbered per tenant in commit order, and read by
 * pollers from {@code /api/v1/events}. Capabilities above it publish through {@code control.Events}; webhooks
 * deliver the same events.
 *
 * <p>Layer 6 of 17 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit. Inside: {@code boundary -> control -> entity}; other capabilities use its control and entity, never
 * its boundary.
 */
package sa.fatoora.gateway.event;
