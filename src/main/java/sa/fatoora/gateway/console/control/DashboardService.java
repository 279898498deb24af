package sa.fatoora.gateway.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.certificate.entity.CertificateStatus;
import sa.fatoora.gateway.console.entity.Dashboard;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.validation.control.RulePacks;
import sa.fatoora.gateway.validation.entity.RulePackView;
import sa.fatoora.gateway.webhook.entity.DeliveryStatus;

/**
 * Gathers one tenant's dashboard in one short read transaction: counts and short lists only, each bounded, so the
 * page costs the same with 100 invoices or 10 million.
 */
@ApplicationScoped
public class DashboardService {

    static final int LISTED = 20;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    RulePacks rulePacks;

    /** Simplified invoices this close to their deadline are listed as at risk (as the events say). */
    @Inject
    @ConfigProperty(name = "fatoora.events.deadline-at-risk-hours", defaultValue = "6")
    int atRiskHours;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public Dashboard of(Long tenantId, Texts t) {
        Instant now = clock.instant();
        LocalDate today = Riyadh.today(clock);
        return tx.required(() -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (InvoiceStatus s : InvoiceStatus.values()) {
                byStatus.put(s.name(), 0L);
            }
            em.createQuery(
                            "SELECT d.status, COUNT(d) FROM InvoiceDocument d WHERE d.tenantId = :tenantId"
                                    + " AND d.issueDate = :today GROUP BY d.status",
                            Object[].class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("today", today)
                    .getResultList()
                    .forEach(r -> byStatus.put(((InvoiceStatus) r[0]).name(), (Long) r[1]));
            long pending = em.createQuery(
                            "SELECT COUNT(d) FROM InvoiceDocument d WHERE d.tenantId = :tenantId AND d.status = :pending",
                            Long.class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("pending", InvoiceStatus.PENDING)
                    .getSingleResult();
            long deliveries = em.createQuery(
                            "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.tenantId = :tenantId AND d.status = :pending",
                            Long.class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("pending", DeliveryStatus.PENDING)
                    .getSingleResult();
            List<Dashboard.AtRisk> atRisk = new ArrayList<>();
            for (InvoiceDocument d : em.createQuery(
                            "SELECT d FROM InvoiceDocument d WHERE d.tenantId = :tenantId AND d.status = :pending"
                                    + " AND d.deadline <= :limit ORDER BY d.deadline",
                            InvoiceDocument.class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("pending", InvoiceStatus.PENDING)
                    .setParameter("limit", now.plus(Duration.ofHours(atRiskHours)))
                    .setMaxResults(LISTED)
                    .getResultList()) {
                Duration left = Duration.between(now, d.getDeadline());
                atRisk.add(new Dashboard.AtRisk(
                        d.getId(),
                        d.getInvoiceNumber(),
                        d.getEgsUnitId(),
                        t.time(d.getDeadline()),
                        t.duration(left),
                        left.isNegative()));
            }
            List<Dashboard.Expiring> expiring = new ArrayList<>();
            for (CertificateRecord c : em.createQuery(
                            "SELECT c FROM CertificateRecord c WHERE c.tenantId = :tenantId AND c.status = :active"
                                    + " AND c.notAfter <= :limit ORDER BY c.notAfter",
                            CertificateRecord.class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("active", CertificateStatus.ACTIVE)
                    .setParameter("limit", now.plus(Duration.ofDays(30)))
                    .setMaxResults(LISTED)
                    .getResultList()) {
                expiring.add(new Dashboard.Expiring(
                        c.getId(),
                        c.getEgsUnitId(),
                        c.getKind().name(),
                        t.time(c.getNotAfter()),
                        Math.max(0, Duration.between(now, c.getNotAfter()).toDays())));
            }
            List<Dashboard.Unit> units = new ArrayList<>();
            for (EgsUnit u : em.createNamedQuery(EgsUnit.BY_TENANT, EgsUnit.class)
                    .setParameter("tenantId", tenantId)
                    .setMaxResults(LISTED)
                    .getResultList()) {
                units.add(new Dashboard.Unit(
                        u.getId(),
                        u.getName(),
                        u.seller().legalName(),
                        u.seller().vatNumber(),
                        u.getEnvironment().name()));
            }
            RulePackView pack = rulePacks.activeView();
            return new Dashboard(
                    today.toString(),
                    t.time(now),
                    byStatus,
                    pending,
                    deliveries,
                    atRisk,
                    expiring,
                    units,
                    pack.id() + " " + pack.version() + " (" + pack.source() + ")",
                    zatcaContact(tenantId, t));
        });
    }

    /**
     * The newest answered invoice (newest by id: the primary key read backwards, cheap at any table size) and the
     * invoices an attempt failed for that wait for the next one (the outbox index: status first).
     */
    private Dashboard.ZatcaContact zatcaContact(Long tenantId, Texts t) {
        List<Object[]> answered = em.createQuery(
                        "SELECT d.completedAt, d.status, d.invoiceNumber FROM InvoiceDocument d"
                                + " WHERE d.tenantId = :tenantId AND d.completedAt IS NOT NULL ORDER BY d.id DESC",
                        Object[].class)
                .setParameter("tenantId", tenantId)
                .setMaxResults(1)
                .getResultList();
        long retrying = em.createQuery(
                        "SELECT COUNT(d) FROM InvoiceDocument d WHERE d.tenantId = :tenantId"
                                + " AND d.status = :pending AND d.attempts > 0",
                        Long.class)
                .setParameter("tenantId", tenantId)
                .setParameter("pending", InvoiceStatus.PENDING)
                .getSingleResult();
        List<Object[]> failed = retrying == 0
                ? List.of()
                : em.createQuery(
                                "SELECT d.updatedAt, d.lastError FROM InvoiceDocument d WHERE d.tenantId = :tenantId"
                                        + " AND d.status = :pending AND d.attempts > 0 ORDER BY d.updatedAt DESC",
                                Object[].class)
                        .setParameter("tenantId", tenantId)
                        .setParameter("pending", InvoiceStatus.PENDING)
                        .setMaxResults(1)
                        .getResultList();
        Object[] a = answered.isEmpty() ? null : answered.get(0);
        Object[] f = failed.isEmpty() ? null : failed.get(0);
        return new Dashboard.ZatcaContact(
                a == null ? null : t.time((Instant) a[0]),
                a == null ? null : ((InvoiceStatus) a[1]).name(),
                a == null ? null : (String) a[2],
                retrying,
                f == null ? null : t.time((Instant) f[0]),
                f == null ? null : (String) f[1]);
    }
}
