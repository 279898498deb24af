package sa.fatoora.gateway.invoice.entity;

import java.time.Instant;
import java.time.LocalDate;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** Everything known about a document the moment it is signed, before it is stored. */
public record IssuedDocument(
        Long tenantId,
        Long egsUnitId,
        ZatcaEnvironment environment,
        String uuid,
        String invoiceNumber,
        long icv,
        String previousInvoiceHash,
        String invoiceHash,
        DocumentType documentType,
        InvoiceSubtype subtype,
        SubmissionAction action,
        byte[] signedXml,
        String qr,
        Instant issuedAt,
        LocalDate issueDate,
        Instant deadline,
        String idempotencyKey,
        String requestDigest) {}
