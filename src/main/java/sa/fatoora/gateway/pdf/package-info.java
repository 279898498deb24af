/**
 * PDF capability: the invoice a buyer holds. Renders any signed (or cleared) UBL invoice into a bilingual
 * Arabic/English PDF/A-3b with the ZATCA QR code drawn as vectors and the XML embedded as an associated file; every
 * value printed is read from that XML. Owns the per-tenant and per-unit branding (logo, accent colour, footer,
 * language order) in {@code FG_PDF_BRANDING}.
 */
package sa.fatoora.gateway.pdf;
