package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import sa.fatoora.gateway.invoice.entity.InvoiceChain;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * The per-unit chain rows. A row is created once, in its own transaction, before the first document: creating it
 * inside the document's transaction would let two first documents race past the lock (there is nothing to lock
 * yet). After that, every document locks the row ({@code SELECT ... FOR UPDATE}) for the length of its transaction.
 */
@ApplicationScoped
public class InvoiceChains {

    private static final Logger LOG = Logger.getLogger(InvoiceChains.class.getName());

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private final Set<Long> existing = ConcurrentHashMap.newKeySet();

    public void ensure(Long egsUnitId) {
        if (existing.contains(egsUnitId)) {
            return;
        }
        try {
            tx.required(() -> {
                if (em.find(InvoiceChain.class, egsUnitId) == null) {
                    em.persist(new InvoiceChain(egsUnitId, Instant.now(clock)));
                    em.flush();
                }
            });
        } catch (RuntimeException e) {
            // another request or instance inserted the same row first (primary key): fine if the row is there now
            if (tx.required(() -> em.find(InvoiceChain.class, egsUnitId)) == null) {
                throw e;
            }
            LOG.fine(() -> "chain row of unit " + egsUnitId + " was created concurrently");
        }
        existing.add(egsUnitId);
    }

    /** The unit's chain head, locked until the caller's transaction ends. Call inside that transaction. */
    public InvoiceChain lock(Long egsUnitId) {
        return em.find(InvoiceChain.class, egsUnitId, LockModeType.PESSIMISTIC_WRITE);
    }
}
