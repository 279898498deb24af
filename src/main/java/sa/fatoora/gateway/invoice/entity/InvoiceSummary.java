package sa.fatoora.gateway.invoice.entity;

import java.time.Instant;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;

/** A document in a list: the columns only, never the XML (read by a JPQL constructor expression). */
public record InvoiceSummary(
        Long id,
        Long egsUnitId,
        String invoiceNumber,
        String uuid,
        long icv,
        String invoiceHash,
        InvoiceStatus status,
        DocumentType documentType,
        InvoiceSubtype subtype,
        int attempts,
        Instant issuedAt,
        Instant deadline,
        Instant createdAt) {}
