package sa.fatoora.gateway.invoice.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An unsigned UBL 2.1 document as UTF-8 bytes, with what the signer needs next to it. The offsets are byte positions
 * in {@code xml} where the signer inserts its parts: {@code ext:UBLExtensions} right after the root start tag, the QR
 * {@code AdditionalDocumentReference} right after the PIH reference, {@code cac:Signature} right before
 * {@code cac:AccountingSupplierParty}.
 */
public record UnsignedInvoice(
        byte[] xml,
        UUID uuid,
        LocalDate issueDate,
        LocalTime issueTime,
        InvoiceTotals totals,
        int extensionsOffset,
        int qrOffset,
        int signatureOffset) {}
