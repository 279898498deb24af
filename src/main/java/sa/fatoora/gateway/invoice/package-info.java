/** Invoice capability: the JSON model, KSA business rules, totals and the unsigned UBL 2.1 document ZATCA expects. */
package sa.fatoora.gateway.invoice;
