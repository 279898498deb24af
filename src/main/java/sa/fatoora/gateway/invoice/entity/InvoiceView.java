package sa.fatoora.gateway.invoice.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;

/**
 * A document as the API shows it. {@code qr} is ZATCA's QR for a cleared document, else the gateway's;
 * {@code messages} are ZATCA's from the latest answer; {@code deadline} (simplified documents) is the end of the
 * 24-hour reporting window; {@code atRisk} says a PENDING document is close to it or past it, or has not got through
 * in {@code fatoora.outbox.at-risk-attempts} attempts, and {@code atRiskReason} says which.
 * {@code clearedInvoice} (base64 XML) is only in the answer to the POST that cleared it; later use {@code /xml}.
 */
@JsonbPropertyOrder({"id", "egsUnitId", "invoiceNumber", "uuid", "icv", "invoiceHash", "previousInvoiceHash", "status"})
public record InvoiceView(
        Long id,
        Long egsUnitId,
        String invoiceNumber,
        String uuid,
        long icv,
        String invoiceHash,
        String previousInvoiceHash,
        InvoiceStatus status,
        DocumentType documentType,
        InvoiceSubtype subtype,
        SubmissionAction action,
        String qr,
        List<FatooraMessage> messages,
        int attempts,
        List<AttemptView> submissions,
        String lastError,
        Instant issuedAt,
        Instant deadline,
        boolean atRisk,
        String atRiskReason,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant completedAt,
        String clearedInvoice) {}
