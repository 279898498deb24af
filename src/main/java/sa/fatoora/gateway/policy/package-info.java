/**
 * Which submissions each environment allows: clearance for standard documents, reporting for simplified ones, keyed on
 * environment, subtype and document type, checked before anything is signed or sent. Owns the document's kind: {@code
 * entity.DocumentType} (tax invoice, debit and credit note, prepayment) and {@code entity.InvoiceSubtype} (standard,
 * simplified), and {@code entity.SubmissionAction}.
 *
 * <p>Layer 9 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, zatca, egs, certificate. Uses today: platform, zatca. Used only by the capabilities above it. Inside:
 * {@code boundary -> control -> entity}; other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.policy;
