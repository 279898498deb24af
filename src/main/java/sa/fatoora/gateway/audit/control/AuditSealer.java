package sa.fatoora.gateway.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import sa.fatoora.gateway.audit.entity.AuditChain;
import sa.fatoora.gateway.audit.entity.AuditEvent;
import sa.fatoora.gateway.audit.entity.AuditView;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;

/**
 * Links committed, unsealed audit records into their chain (one per tenant, one for system events), in id order:
 * each gets the chain's next sequence, the previous record's hash and its own hash (AuditCanonical). One
 * transaction per chain and batch, holding the chain head row (SELECT ... FOR UPDATE), so two sealers (two
 * instances) never extend one chain at once. Writers of audit records never wait for this: they only insert.
 */
@ApplicationScoped
public class AuditSealer {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** Seals everything committed so far; answers how many records it sealed. */
    public int sealAll() {
        List<Long> tenants = tx.required(() -> em.createQuery(
                        "SELECT DISTINCT e.tenantId FROM AuditEvent e WHERE e.chainSequence IS NULL", Long.class)
                .getResultList());
        int sealed = 0;
        RuntimeException failed = null;
        for (Long tenant : tenants) {
            try {
                int n;
                do {
                    n = seal(tenant);
                    sealed += n;
                } while (n == BATCH);
            } catch (RuntimeException e) {
                // one chain's failure (e.g. another instance made its head at the same moment) holds up no other
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return sealed;
    }

    /** One batch of one chain (tenant null: the system chain). */
    int seal(Long tenantId) {
        return tx.required(() -> {
            String chainId = AuditChain.of(tenantId);
            AuditChain head = em.find(AuditChain.class, chainId, LockModeType.PESSIMISTIC_WRITE);
            if (head == null) {
                // a second instance creating it at the same moment fails on the primary key; its next run continues
                head = new AuditChain(chainId, clock.instant());
                em.persist(head);
                em.flush();
            }
            TypedQuery<AuditEvent> q = tenantId == null
                    ? em.createQuery(
                            "SELECT e FROM AuditEvent e WHERE e.chainSequence IS NULL AND e.tenantId IS NULL"
                                    + " ORDER BY e.id",
                            AuditEvent.class)
                    : em.createQuery(
                                    "SELECT e FROM AuditEvent e WHERE e.chainSequence IS NULL AND e.tenantId = :t"
                                            + " ORDER BY e.id",
                                    AuditEvent.class)
                            .setParameter("t", tenantId);
            List<AuditEvent> rows = q.setMaxResults(BATCH).getResultList();
            long sequence = head.getLastSequence();
            String previous = head.getLastHash();
            for (AuditEvent e : rows) {
                sequence++;
                String hash = AuditCanonical.hash(AuditView.of(e), sequence, previous);
                e.seal(sequence, previous, hash);
                previous = hash;
            }
            if (!rows.isEmpty()) {
                head.advance(sequence, previous, clock.instant());
            }
            return rows.size();
        });
    }
}
