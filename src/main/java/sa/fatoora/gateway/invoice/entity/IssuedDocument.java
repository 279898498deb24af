package sa.fatoora.gateway.invoice.entity;

import java.time.Instant;
import java.time.LocalDate;
import sa.fatoora.gateway.onboarding.entity.ZatcaEnvironment;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

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
