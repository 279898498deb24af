package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceChain;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.IssuedDocument;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.signing.entity.SignedInvoice;
import sa.fatoora.gateway.zatca.entity.FatooraDocument;

/**
 * Chain position, unsigned document, signature and the stored row in ONE transaction under the unit's chain lock:
 * either all of it commits or none (a failure rolls the ICV back, so there are no gaps), and the next document of
 * the unit waits for the lock, so there are no duplicates, also across server instances (within one instance they
 * queue in memory first). The idempotency key is
 * checked again under the lock: two concurrent requests with one key get one document.
 */
@ApplicationScoped
public class DocumentIssuer {

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    InvoiceChains chains;

    @Inject
    InvoiceSigner signer;

    @Inject
    AuditLog audit;

    @Inject
    PipelineSettings settings;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private final Map<Long, ReentrantLock> localLocks = new ConcurrentHashMap<>();

    /** The stored document; {@code leaseToken} is null for a replay (the first request owns the document). */
    public record Issued(InvoiceDocument document, String leaseToken) {

        public boolean replay() {
            return leaseToken == null;
        }
    }

    private Optional<InvoiceDocument> find(Long egsUnitId, String idempotencyKey) {
        return em.createNamedQuery(InvoiceDocument.BY_KEY, InvoiceDocument.class)
                .setParameter("egsUnitId", egsUnitId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    public Issued issue(IssueOrder order, Supplier<SigningIdentity> identity) {
        chains.ensure(order.egsUnitId());
        // Requests of one unit queue here, in memory, before they queue on the row lock: a thread waiting on the
        // row lock holds a database connection, and a burst for one unit would otherwise drain the pool.
        ReentrantLock local = localLocks.computeIfAbsent(order.egsUnitId(), id -> new ReentrantLock(true));
        local.lock();
        try {
            return issueLocked(order, identity);
        } finally {
            local.unlock();
        }
    }

    private Issued issueLocked(IssueOrder order, Supplier<SigningIdentity> identity) {
        String token = UUID.randomUUID().toString();
        return tx.required(() -> {
            InvoiceChain chain = chains.lock(order.egsUnitId());
            Optional<InvoiceDocument> earlier = find(order.egsUnitId(), order.idempotencyKey());
            if (earlier.isPresent()) {
                return new Issued(earlier.get(), null);
            }
            ChainPosition position = chain.next();
            IssueOrder.Unsigned unsigned = order.writer().write(position);
            SignedInvoice signed = signer.sign(unsigned.xml(), identity.get());
            if (FatooraDocument.requestBytes(signed.xml().length) > FatooraDocument.MAX_REQUEST_BYTES) {
                throw new DocumentTooLargeException(signed.xml().length); // rolls back: the ICV is not used
            }
            Instant now = clock.instant();
            Instant issuedAt = unsigned.issuedAt().atZone(Riyadh.ZONE).toInstant();
            InvoiceDocument document = new InvoiceDocument(
                    new IssuedDocument(
                            order.tenantId(),
                            order.egsUnitId(),
                            order.environment(),
                            order.uuid(),
                            order.invoiceNumber(),
                            position.icv(),
                            position.previousInvoiceHash(),
                            signed.invoiceHash(),
                            order.documentType(),
                            order.subtype(),
                            order.action(),
                            signed.xml(),
                            signed.qr(),
                            issuedAt,
                            unsigned.issuedAt().toLocalDate(),
                            ReportingDeadline.of(order.subtype(), issuedAt),
                            order.idempotencyKey(),
                            order.requestDigest()),
                    token,
                    now.plus(settings.clearanceWindow()).plus(settings.lease()),
                    now);
            em.persist(document);
            chain.advance(position, signed.invoiceHash(), now);
            em.flush();
            audit.record(
                    order.tenantId(),
                    order.egsUnitId(),
                    AuditType.subject("invoice", document.getId()),
                    AuditType.INVOICE_SIGNED,
                    AuditOutcome.SUCCEEDED,
                    "invoice " + document.getId() + " (" + order.invoiceNumber() + ") ICV " + position.icv() + ", hash "
                            + signed.invoiceHash() + "; policy allowed "
                            + order.action().wording());
            return new Issued(document, token);
        });
    }
}
