package sa.fatoora.gateway.console.entity;

/** One invoice in the console's list, its times already in Riyadh. */
public record InvoiceRow(
        long id,
        long egsUnitId,
        String invoiceNumber,
        long icv,
        String type,
        String status,
        String issuedAt,
        String deadline) {}
