package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sa.fatoora.gateway.invoice.entity.AttemptView;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoicePage;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.invoice.entity.InvoiceSummary;
import sa.fatoora.gateway.invoice.entity.InvoiceView;
import sa.fatoora.gateway.invoice.entity.SubmissionAttempt;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.StoredTime;

/** Reading documents, always within one tenant: another tenant's document is a 404 like a missing one. */
@ApplicationScoped
public class InvoiceQueries {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    PipelineSettings settings;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** List filters; null means any. {@code from}/{@code to} are issue dates (Riyadh), both inclusive. */
    public record Filter(
            InvoiceStatus status, Long egsUnitId, LocalDate from, LocalDate to, boolean atRisk, int page, int size) {}

    public InvoiceDocument owned(Long tenantId, Long id) {
        InvoiceDocument d = id == null ? null : em.find(InvoiceDocument.class, id);
        if (d == null || !d.getTenantId().equals(tenantId)) {
            throw new ResourceNotFoundException("Invoice", id);
        }
        return d;
    }

    public InvoiceView view(InvoiceDocument d, boolean withClearedInvoice) {
        return view(d, null, withClearedInvoice);
    }

    /**
     * {@code known}: attempts the caller recorded itself (null: none known); when they are as many as the document
     * counts, they are all of them and are not read again (the answer to the request that made them).
     */
    public InvoiceView view(InvoiceDocument d, List<SubmissionAttempt> known, boolean withClearedInvoice) {
        List<SubmissionAttempt> all = known != null && known.size() == d.getAttempts()
                ? known
                : em.createNamedQuery(SubmissionAttempt.BY_INVOICE, SubmissionAttempt.class)
                        .setParameter("invoiceId", d.getId())
                        .getResultList();
        var attempts = all.stream().map(AttemptView::of).toList();
        String atRiskReason = ReportingDeadline.atRiskReason(
                d.getStatus(),
                d.getDeadline(),
                d.getAttempts(),
                d.getLastError(),
                clock.instant(),
                settings.atRiskMargin(),
                settings.atRiskAttempts());
        return new InvoiceView(
                d.getId(),
                d.getEgsUnitId(),
                d.getInvoiceNumber(),
                d.getUuid(),
                d.getIcv(),
                d.getInvoiceHash(),
                d.getPreviousInvoiceHash(),
                d.getStatus(),
                d.getDocumentType(),
                d.getSubtype(),
                d.getAction(),
                d.getQr(),
                MessagesJson.parse(d.getMessages()),
                d.getAttempts(),
                attempts,
                d.getLastError(),
                d.getIssuedAt(),
                d.getDeadline(),
                atRiskReason != null,
                atRiskReason,
                d.getNextAttemptAt(),
                d.getCreatedAt(),
                d.getCompletedAt(),
                withClearedInvoice && d.getClearedXml() != null
                        ? Base64.getEncoder().encodeToString(d.getClearedXml())
                        : null);
    }

    /** The document as ZATCA holds it: the cleared XML when there is one, else the signed XML. */
    public byte[] xml(InvoiceDocument d) {
        return d.getClearedXml() != null ? d.getClearedXml() : d.getSignedXml();
    }

    /**
     * The hash the document's PIH must carry: the chain's first value for ICV 1, else the hash of the unit's document
     * one ICV before; empty when that document is not here (a chain the ERP started elsewhere).
     */
    public Optional<String> expectedPreviousHash(InvoiceDocument d) {
        if (d.getIcv() == 1) {
            return Optional.of(ChainPosition.FIRST_PREVIOUS_HASH);
        }
        return em.createQuery(
                        "SELECT d.invoiceHash FROM InvoiceDocument d WHERE d.egsUnitId = :unit AND d.icv = :icv",
                        String.class)
                .setParameter("unit", d.getEgsUnitId())
                .setParameter("icv", d.getIcv() - 1)
                .getResultStream()
                .findFirst();
    }

    public InvoicePage list(Long tenantId, Filter f) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" FROM InvoiceDocument d WHERE d.tenantId = :tenantId");
        parameters.put("tenantId", tenantId);
        InvoiceStatus status = f.atRisk() ? InvoiceStatus.PENDING : f.status();
        if (status != null) {
            where.append(" AND d.status = :status");
            parameters.put("status", status);
        }
        if (f.egsUnitId() != null) {
            where.append(" AND d.egsUnitId = :egsUnitId");
            parameters.put("egsUnitId", f.egsUnitId());
        }
        if (f.from() != null) {
            where.append(" AND d.issueDate >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND d.issueDate <= :to");
            parameters.put("to", f.to());
        }
        if (f.atRisk()) {
            where.append(" AND (d.deadline <= :limit OR d.attempts >= :attempts)");
            parameters.put("limit", atRiskLimit());
            parameters.put("attempts", settings.atRiskAttempts());
        }
        TypedQuery<InvoiceSummary> items = em.createQuery(
                "SELECT NEW " + InvoiceSummary.class.getName() + "(d.id, d.egsUnitId, d.invoiceNumber, d.uuid, d.icv,"
                        + " d.invoiceHash, d.status, d.documentType, d.subtype, d.attempts, d.issuedAt, d.deadline,"
                        + " d.createdAt)" + where + " ORDER BY d.id DESC",
                InvoiceSummary.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setFirstResult(f.page() * f.size()).setMaxResults(f.size());
        return new InvoicePage(items.getResultList(), f.page(), f.size(), count.getSingleResult());
    }

    /** Documents the outbox still has to deliver, across all tenants (health and JMX). */
    public long pending() {
        return em.createNamedQuery(InvoiceDocument.COUNT_PENDING, Long.class)
                .setParameter("pending", InvoiceStatus.PENDING)
                .getSingleResult();
    }

    /** PENDING documents near or past their deadline, or not taken in the at-risk number of attempts. */
    public long atRisk() {
        return em.createNamedQuery(InvoiceDocument.COUNT_AT_RISK, Long.class)
                .setParameter("pending", InvoiceStatus.PENDING)
                .setParameter("limit", atRiskLimit())
                .setParameter("attempts", settings.atRiskAttempts())
                .getSingleResult();
    }

    public long overdue() {
        return deadlineBefore(clock.instant());
    }

    private long deadlineBefore(Instant limit) {
        return em.createNamedQuery(InvoiceDocument.COUNT_DEADLINE_BEFORE, Long.class)
                .setParameter("pending", InvoiceStatus.PENDING)
                .setParameter("limit", limit)
                .getSingleResult();
    }

    private Instant atRiskLimit() {
        return clock.instant().plus(settings.atRiskMargin());
    }
}
