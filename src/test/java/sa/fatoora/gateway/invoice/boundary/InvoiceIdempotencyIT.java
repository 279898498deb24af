package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Problems;

/** A repeated request answers the first result and never takes a new ICV; a used key with another body is 409. */
class InvoiceIdempotencyIT extends OnboardedUnitTests {

    @Test
    void theSameKeyAnswersTheFirstDocumentAndADifferentBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        String body = Invoices.example("simplified-invoice", unit);
        Api.Reply first = Invoices.issue(tenant.key(), body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = Invoices.issue(tenant.key(), body, "Idempotency-Key", key);
        assertEquals(201, again.status(), again::toString);
        assertEquals(Invoices.id(first), Invoices.id(again));
        assertEquals(first.object().getString("invoiceHash"), again.object().getString("invoiceHash"));
        assertEquals(first.object().getJsonNumber("icv"), again.object().getJsonNumber("icv"));

        Api.Reply other =
                Invoices.issue(tenant.key(), Invoices.example("simplified-credit-note", unit), "Idempotency-Key", key);
        Problems.assertProblem(other, 409, "IDEMPOTENCY_CONFLICT");

        Api.Reply next = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
        assertEquals(
                first.object().getJsonNumber("icv").longValue() + 1,
                next.object().getJsonNumber("icv").longValue(),
                "neither the repeat nor the conflict took an ICV");
    }

    @Test
    void withoutAKeyTheInvoiceNumberIdentifiesTheRequest() {
        String number = "IDEM-" + UUID.randomUUID();
        Api.Reply first = Invoices.issue(tenant.key(), Invoices.example("standard-invoice", unit, number));
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = Invoices.issue(tenant.key(), Invoices.example("standard-invoice", unit, number));
        assertEquals(201, again.status());
        assertEquals(Invoices.id(first), Invoices.id(again));
        Problems.assertProblem(
                Invoices.issue(tenant.key(), Invoices.example("standard-credit-note", unit, number)),
                409,
                "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void concurrentRepeatsOfOneRequestMakeOneDocument() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Invoices.example("simplified-debit-note", unit);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replies.add(pool.submit(() -> Invoices.issue(tenant.key(), body, "Idempotency-Key", key)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                assertFalse(r.isProblem(), r::toString);
                ids.add(Invoices.id(r));
            }
            assertEquals(1, ids.size(), "one document for one key: " + ids);
        } finally {
            pool.shutdownNow();
        }
        Problems.assertProblem(
                Invoices.issue(tenant.key(), body, "Idempotency-Key", "bad key with spaces"), 400, "VALIDATION_FAILED");
    }
}
