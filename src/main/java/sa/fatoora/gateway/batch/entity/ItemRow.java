package sa.fatoora.gateway.batch.entity;

import sa.fatoora.gateway.invoice.entity.InvoiceStatus;

/** An item as the batch's page shows it (read without its request). */
public record ItemRow(
        int index,
        Long egsUnitId,
        String invoiceNumber,
        ItemState state,
        Long invoiceId,
        InvoiceStatus resultStatus,
        String errors) {}
