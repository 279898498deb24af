package sa.fatoora.gateway.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import sa.fatoora.gateway.audit.entity.AuditChain;
import sa.fatoora.gateway.audit.entity.AuditEvent;
import sa.fatoora.gateway.audit.entity.AuditPage;
import sa.fatoora.gateway.audit.entity.AuditQuery;
import sa.fatoora.gateway.audit.entity.AuditView;
import sa.fatoora.gateway.audit.entity.Verification;
import sa.fatoora.gateway.platform.control.Transactions;

/** Reads the audit trail: pages newest first, an export oldest first in pages, and the verification of a chain. */
@ApplicationScoped
public class AuditTrail {

    static final int VERIFY_PAGE = 1000;
    private static final String CURSOR_PREFIX = "a1:";

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    /** Newest first (by id); {@code cursor} from the previous page's {@code nextCursor}. */
    public AuditPage page(AuditQuery query, int limit, String cursor) {
        Long before = cursor == null || cursor.isBlank() ? null : decode(cursor);
        List<AuditView> rows = tx.required(() -> select(query, before, null, false, limit + 1));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = encode(rows.get(limit - 1).id());
        }
        return new AuditPage(List.copyOf(rows), next);
    }

    /** Oldest first (by id), the records after {@code afterId} (null: from the start); for exports in pages. */
    public List<AuditView> after(AuditQuery query, Long afterId, int size) {
        return tx.required(() -> select(query, null, afterId, true, size));
    }

    /** Re-walks the chain from its first record up to the head as it is now; unsealed records are counted apart. */
    public Verification verify(AuditQuery query) {
        String chainId = query.chain();
        // the unsealed records are counted BEFORE the head is read: the sealer goes on meanwhile, and a record it
        // seals in between is then counted twice (unsealed, and verified), never in neither (which would report
        // "nothing unsealed" beside a head that had not reached it yet)
        long unsealed = tx.required(() -> chainQuery(
                        "SELECT COUNT(e) FROM AuditEvent e WHERE e.chainSequence IS NULL AND ", query, Long.class)
                .getSingleResult());
        AuditChain head = tx.required(() -> em.find(AuditChain.class, chainId));
        long last = head == null ? 0 : head.getLastSequence();
        String lastHash = head == null ? AuditChain.GENESIS : head.getLastHash();
        ChainWalk walk = new ChainWalk();
        long after = 0;
        boolean going = true;
        while (going && after < last) {
            long from = after;
            List<AuditView> rows = tx.required(() -> sealedPage(query, from, last));
            for (AuditView r : rows) {
                if (!walk.accept(r)) {
                    going = false;
                    break;
                }
                after = r.sequence();
            }
            if (rows.size() < VERIFY_PAGE) {
                break;
            }
        }
        walk.end(last, lastHash);
        return new Verification(chainId, walk.verified(), unsealed, walk.firstBreak() == null, walk.firstBreak());
    }

    private List<AuditView> sealedPage(AuditQuery query, long after, long last) {
        return chainQuery(
                        "SELECT e FROM AuditEvent e WHERE e.chainSequence > :after AND e.chainSequence <= :last AND ",
                        query,
                        AuditEvent.class,
                        " ORDER BY e.chainSequence, e.id")
                .setParameter("after", after)
                .setParameter("last", last)
                .setMaxResults(VERIFY_PAGE)
                .getResultStream()
                .map(AuditView::of)
                .toList();
    }

    private <T> TypedQuery<T> chainQuery(String select, AuditQuery query, Class<T> type) {
        return chainQuery(select, query, type, "");
    }

    private <T> TypedQuery<T> chainQuery(String select, AuditQuery query, Class<T> type, String order) {
        String jpql = select + (query.system() ? "e.tenantId IS NULL" : "e.tenantId = :tenant") + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        if (!query.system()) {
            q.setParameter("tenant", query.tenantId());
        }
        return q;
    }

    private List<AuditView> select(AuditQuery query, Long beforeId, Long afterId, boolean ascending, int max) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE ");
        jpql.append(query.system() ? "e.tenantId IS NULL" : "e.tenantId = :tenant");
        List<Object[]> params = new ArrayList<>();
        if (!query.system()) {
            params.add(new Object[] {"tenant", query.tenantId()});
        }
        condition(jpql, params, "e.subject = :subject", "subject", query.subject());
        condition(jpql, params, "e.type = :type", "type", query.type());
        condition(jpql, params, "e.occurredAt >= :from", "from", query.from());
        condition(jpql, params, "e.occurredAt < :to", "to", query.to());
        condition(jpql, params, "e.id < :before", "before", beforeId);
        condition(jpql, params, "e.id > :after", "after", afterId);
        jpql.append(ascending ? " ORDER BY e.id ASC" : " ORDER BY e.id DESC");
        TypedQuery<AuditEvent> q = em.createQuery(jpql.toString(), AuditEvent.class);
        for (Object[] p : params) {
            q.setParameter((String) p[0], p[1]);
        }
        return q.setMaxResults(max).getResultStream().map(AuditView::of).toList();
    }

    private static void condition(StringBuilder jpql, List<Object[]> params, String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" AND ").append(clause);
            params.add(new Object[] {name, value});
        }
    }

    static String encode(Long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + id).getBytes(StandardCharsets.US_ASCII));
    }

    static Long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (!text.startsWith(CURSOR_PREFIX)) {
                throw new AuditCursorException();
            }
            long id = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
            if (id <= 0) {
                throw new AuditCursorException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new AuditCursorException();
        }
    }
}
