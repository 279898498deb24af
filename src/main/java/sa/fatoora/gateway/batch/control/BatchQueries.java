package sa.fatoora.gateway.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sa.fatoora.gateway.batch.entity.BatchItem;
import sa.fatoora.gateway.batch.entity.BatchStatus;
import sa.fatoora.gateway.batch.entity.BatchView;
import sa.fatoora.gateway.batch.entity.InvoiceBatch;
import sa.fatoora.gateway.batch.entity.ItemRow;
import sa.fatoora.gateway.batch.entity.ItemState;
import sa.fatoora.gateway.batch.entity.ItemView;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

/** {@code GET /api/v1/invoices/batches/{id}}: a tenant's batch, its counts and a page of item results. */
@ApplicationScoped
public class BatchQueries {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final String PATH = "api/v1/invoices/batches/";

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    BatchCompletion completion;

    /** The tenant's batch; another tenant's is not found, as one that does not exist. */
    public InvoiceBatch owned(Long tenantId, Long id) {
        InvoiceBatch batch = tx.required(() -> em.find(InvoiceBatch.class, id));
        if (batch == null || !batch.getTenantId().equals(tenantId)) {
            throw new ResourceNotFoundException("Batch", id);
        }
        return batch;
    }

    /** The batch without item results (the answer to its submission). */
    public BatchView summary(InvoiceBatch batch) {
        return tx.required(() -> view(batch, List.of(), null));
    }

    /** The page after the item index {@code cursor} (null: from the first item), {@code limit} items at most. */
    public BatchView view(InvoiceBatch batch, String cursor, Integer limit) {
        int after = after(cursor);
        int size = limit(limit);
        return tx.required(() -> {
            List<ItemRow> rows = em.createNamedQuery(BatchItem.PAGE, ItemRow.class)
                    .setParameter("batchId", batch.getId())
                    .setParameter("after", after)
                    .setMaxResults(size + 1)
                    .getResultList();
            boolean more = rows.size() > size;
            List<ItemRow> page = more ? rows.subList(0, size) : rows;
            Map<Long, Object[]> documents = documents(page);
            List<ItemView> results = new ArrayList<>(page.size());
            for (ItemRow row : page) {
                results.add(ItemViews.of(row, documents.get(row.invoiceId())));
            }
            return view(
                    batch,
                    results,
                    more ? Integer.toString(page.get(page.size() - 1).index()) : null);
        });
    }

    private BatchView view(InvoiceBatch batch, List<ItemView> results, String nextCursor) {
        BatchView.Summary summary = batch.getStatus() == BatchStatus.COMPLETED
                ? new BatchView.Summary(batch.getSucceeded(), batch.getFailed(), batch.getOutboxPending())
                : null;
        return new BatchView(
                batch.getId(),
                batch.getStatus(),
                batch.getItemCount(),
                completion.counts(batch.getId()),
                summary,
                batch.getCreatedAt(),
                batch.getCompletedAt(),
                results,
                nextCursor,
                "/" + PATH + batch.getId());
    }

    /** id -> {status, icv} of the documents the page's items made. */
    private Map<Long, Object[]> documents(List<ItemRow> page) {
        List<Long> ids = page.stream()
                .filter(r -> r.state() == ItemState.DONE)
                .map(ItemRow::invoiceId)
                .toList();
        Map<Long, Object[]> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        for (Object[] row : em.createQuery(
                        "SELECT d.id, d.status, d.icv FROM InvoiceDocument d WHERE d.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            byId.put((Long) row[0], new Object[] {row[1], row[2]});
        }
        return byId;
    }

    static int after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return -1;
        }
        try {
            int index = Integer.parseInt(cursor.strip());
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ValidationFailedException.of("after", "must be a cursor from nextCursor (an item index, 0 or more)");
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationFailedException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
