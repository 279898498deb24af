package sa.fatoora.gateway.invoice.control;

import java.time.LocalDateTime;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * One document to issue: who, what, under which idempotency key, and how to write its unsigned XML once the chain
 * position is known (from JSON, or by writing ICV/PIH into an ERP's XML).
 */
public record IssueOrder(
        Long tenantId,
        Long egsUnitId,
        ZatcaEnvironment environment,
        String invoiceNumber,
        String uuid,
        DocumentType documentType,
        InvoiceSubtype subtype,
        SubmissionAction action,
        String idempotencyKey,
        String requestDigest,
        Writer writer) {

    /** The unsigned document at a chain position, and its issue time (Riyadh local time). */
    public record Unsigned(byte[] xml, LocalDateTime issuedAt) {}

    @FunctionalInterface
    public interface Writer {
        Unsigned write(ChainPosition position);
    }
}
