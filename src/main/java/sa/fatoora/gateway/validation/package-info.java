/**
 * Local validation of e-invoices before they reach ZATCA: the ordered validation stages (UBL schema, EN 16931 and
 * KSA schematrons, and stages other capabilities plug in), the validation report, and POST /api/v1/validation.
 */
package sa.fatoora.gateway.validation;
