/**
 * Invoice capability: the JSON model, KSA business rules, totals and the unsigned UBL 2.1 document ZATCA expects;
 * the pipeline that checks the policy, signs, submits to Fatoora (clearance or reporting, with the outbox and its
 * retries) and audits; /api/v1/invoices (a PDF of a document is pdf's, also when asked for with Accept:
 * application/pdf).
 *
 * <p>Layer 10 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, zatca, egs, certificate, policy. Uses today: platform, signing, tenant, audit, zatca, egs,
 * certificate, policy. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity}; other
 * capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.invoice;
