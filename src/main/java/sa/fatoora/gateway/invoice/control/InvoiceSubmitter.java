package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.invoice.entity.SubmissionAttempt;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.FatooraResult;

/**
 * Delivers one stored document to Fatoora, outside any transaction, and records what happened in a short one:
 * the attempt row, the audit event, the document's new state. The same signed bytes every time. Used by the
 * request that signed the document and by the outbox; the caller holds the document's lease ({@code token}), and
 * a result is only applied while that lease is still held, so two senders never both write.
 */
@ApplicationScoped
public class InvoiceSubmitter {

    private static final Logger LOG = Logger.getLogger(InvoiceSubmitter.class.getName());

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    FatooraCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    FollowUpReporting followUp;

    @Inject
    PipelineSettings settings;

    @Inject
    InvoiceEvents events;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /**
     * The document's status after one delivery, and, while PENDING, why; {@code document} is its state as the
     * delivery recorded it (detached), so the request that waited needs no second read.
     */
    public record Delivery(InvoiceStatus status, String error, InvoiceDocument document) {

        public boolean delivered() {
            return status.isFinal();
        }
    }

    /**
     * The document after the request's own deliveries, and the attempts they recorded (in order), so the answer
     * needs no query for them when they are all the document has.
     */
    public record Answer(InvoiceDocument document, List<SubmissionAttempt> attempts) {}

    /** One delivery of a stored document (the outbox's case). */
    public Delivery deliver(Long invoiceId, String token) {
        return deliver(read(invoiceId), token, new ArrayList<>());
    }

    /**
     * One delivery: one call, or two when Fatoora answers a clearance with 303 (then it is reported). {@code
     * document} holds the signed bytes and the route; its other fields are not trusted (the row decides).
     */
    Delivery deliver(InvoiceDocument document, String token, List<SubmissionAttempt> made) {
        SubmissionAction route = document.getRoute();
        while (true) {
            FatooraCall call = caller.call(document, route);
            if (!call.answered()) {
                InvoiceDocument recorded = record(call, token, made, d -> {});
                return new Delivery(InvoiceStatus.PENDING, call.error(), recorded);
            }
            FatooraResult result = call.result();
            SubmissionVerdict verdict = SubmissionVerdict.of(route, result.outcome());
            if (verdict.reroute()) {
                document = record(call, token, made, InvoiceDocument::routeToReporting);
                route = SubmissionAction.REPORTING;
                continue;
            }
            if (!verdict.isFinal()) {
                String error = "Fatoora answered HTTP " + result.httpStatus() + " on " + route.wording();
                InvoiceDocument recorded = record(call, token, made, d -> {});
                return new Delivery(InvoiceStatus.PENDING, error, recorded);
            }
            byte[] cleared = route == SubmissionAction.CLEARANCE ? result.clearedInvoice() : null;
            String clearedQr = cleared == null ? null : ClearedQr.of(cleared);
            InvoiceDocument finished = record(
                    call,
                    token,
                    made,
                    d -> d.finish(
                            verdict.status(), MessagesJson.of(result.messages()), cleared, clearedQr, clock.instant()));
            if (verdict.status() == InvoiceStatus.CLEARED && finished.getStatus() == InvoiceStatus.CLEARED) {
                followUp.afterClearance(finished);
            }
            return new Delivery(finished.getStatus(), finished.getLastError(), finished);
        }
    }

    /**
     * The request's own delivery: delivered once; not delivered, tried again with short pauses until the window
     * (clearance: about 5 minutes; reporting: none) is over, then handed to the outbox with its backoff.
     */
    public Answer deliverWithin(InvoiceDocument issued, String token, Duration window) {
        Instant windowEnd = clock.instant().plus(window);
        List<SubmissionAttempt> made = new ArrayList<>();
        Delivery delivery = deliver(issued, token, made);
        int failures = 1;
        while (!delivery.delivered()) {
            Duration pause = PipelineSettings.CLEARANCE_WINDOW_RETRIES.delayAfter(failures++);
            if (clock.instant().plus(pause).isAfter(windowEnd)) {
                break;
            }
            sleep(pause);
            delivery = deliver(delivery.document(), token, made);
        }
        if (delivery.delivered()) {
            return new Answer(delivery.document(), made);
        }
        return new Answer(postponeWithBackoff(issued.getId(), token, delivery.error()), made);
    }

    /** Not delivered: back to the outbox after the backoff its attempts so far have earned. */
    public InvoiceDocument postponeWithBackoff(Long invoiceId, String token, String error) {
        return postpone(invoiceId, token, error, attempts -> clock.instant()
                .plus(settings.outboxRetries().delayAfter(attempts)));
    }

    /** Prefer: respond-async: not sent now; the outbox submits it on its next run. */
    public InvoiceDocument handOver(Long invoiceId, String token) {
        return postpone(invoiceId, token, null, attempts -> clock.instant());
    }

    /**
     * Not delivered: back to the outbox at the time {@code next} gives for the attempts made so far, the lease
     * released. Answers the document as stored.
     */
    private InvoiceDocument postpone(Long invoiceId, String token, String error, IntFunction<Instant> next) {
        return tx.required(() -> {
            InvoiceDocument d = em.find(InvoiceDocument.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
            if (d.leasedBy(token)) {
                d.retryLater(error, null, next.apply(d.getAttempts()), clock.instant());
            }
            return d;
        });
    }

    private InvoiceDocument record(
            FatooraCall call, String token, List<SubmissionAttempt> made, Consumer<InvoiceDocument> change) {
        return tx.required(() -> {
            SubmissionAttempt attempt = call.attempt();
            em.persist(attempt);
            InvoiceDocument d = em.find(InvoiceDocument.class, call.invoiceId(), LockModeType.PESSIMISTIC_WRITE);
            if (!d.leasedBy(token)) {
                // the lease ran out and another sender took the document; its own delivery decides
                LOG.warning(
                        () -> "invoice " + d.getId() + ": lease lost, result of " + call.summary() + " not applied");
                return d;
            }
            d.attempted(clock.instant());
            made.add(attempt); // only attempts the document counts: see InvoiceQueries#view
            boolean wasFinal = d.getStatus().isFinal();
            change.accept(d);
            if (!wasFinal && d.getStatus().isFinal()) {
                events.finished(d); // in this transaction: no status change without its event
            }
            audit.record(
                    d.getTenantId(),
                    d.getEgsUnitId(),
                    AuditType.subject("invoice", d.getId()),
                    AuditType.INVOICE_SUBMITTED,
                    call.answered() && call.result().outcome().accepted()
                            ? AuditOutcome.SUCCEEDED
                            : AuditOutcome.FAILED,
                    "invoice " + d.getId() + " ICV " + d.getIcv() + " " + call.summary() + " -> " + d.getStatus());
            return d;
        });
    }

    /** In a transaction of its own: see InvoiceService#tx. */
    InvoiceDocument read(Long invoiceId) {
        return tx.required(() -> em.find(InvoiceDocument.class, invoiceId));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
