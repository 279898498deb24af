/**
 * Batch capability: bulk submission. {@code POST /api/v1/invoices/batches} takes a JSON array or NDJSON of the
 * requests {@code POST /api/v1/invoices} takes (each with an optional {@code idempotencyKey}), reads it as a stream
 * and stores one row per item (FG_INVOICE_BATCH, FG_INVOICE_BATCH_ITEM) in one transaction, and answers 202. A
 * worker on a managed scheduled executor issues the items through invoice's pipeline, each unit's in body order
 * (their ICV order), claiming them with leases so that instances sharing the database never issue one twice; the
 * batch is completed once, with its audit record and the event {@code batch.completed}. {@code GET /api/v1/invoices/batches/{id}}: progress and paged item
 * results.
 *
 * <p>Layer 16 of 18 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, event, zatca, egs, certificate, policy, invoice, onboarding, validation, pdf, webhook. Uses today:
 * platform, tenant, audit, event, policy, invoice. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity};
 * other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.batch;
