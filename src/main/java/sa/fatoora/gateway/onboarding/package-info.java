/**
 * EGS units (a taxpayer's e-invoicing solution units) and their way to a production CSID: identity, CSR,
 * compliance checks, production and renewal.
 */
package sa.fatoora.gateway.onboarding;
