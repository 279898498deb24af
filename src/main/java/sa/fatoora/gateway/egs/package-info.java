/**
 * EGS units (a taxpayer's e-invoicing solution units): {@code entity.EgsUnit} (table FG_EGS_UNIT) with its seller,
 * address and solution data, the CSR profile a unit's identity makes ({@code entity.CsrProfile}), the limits a
 * unit's data must keep (the longest QR included, {@code control.EgsUnitLimits}), {@code control.EgsUnitService}
 * and /api/v1/egs-units. Certificates, onboarding, invoices and PDFs look units up here.
 *
 * <p>Layer 7 of 14 (ArchitectureTest.CAPABILITIES, docs/architecture.md). May depend on: platform, schema, signing,
 * tenant, audit, zatca. Uses today: platform, signing, tenant, zatca. Used only by the capabilities above it. Inside:
 * {@code boundary -> control -> entity}; other capabilities use its control and entity, never its boundary.
 */
package sa.fatoora.gateway.egs;
