/**
 * PDF capability: the invoice a buyer holds. Renders any signed (or cleared) UBL invoice into a bilingual
 * Arabic/English PDF/A-3b with the ZATCA QR code drawn as vectors and the XML embedded as an associated file; every
 * value printed is read from that XML. Owns GET /api/v1/invoices/{id}/pdf, the same document for {@code Accept:
 * application/pdf} on GET /api/v1/invoices/{id} ({@code boundary.InvoicePdfNegotiation} routes it), and the
 * per-tenant and per-unit branding (logo, accent colour, footer, language order) in {@code FG_PDF_BRANDING}.
 *
 * <p>Layer 13 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, zatca, egs, certificate, policy, invoice, onboarding, validation. Uses today: platform, signing,
 * tenant, egs, policy, invoice. Used only by the capabilities above it. Inside: {@code boundary -> control -> entity};
 * other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.pdf;
