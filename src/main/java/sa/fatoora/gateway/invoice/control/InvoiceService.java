package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.invoice.entity.SubmissionAttempt;
import sa.fatoora.gateway.invoice.entity.UnsignedInvoice;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.policy.control.PolicyViolationException;
import sa.fatoora.gateway.policy.control.ZatcaPolicyService;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.signing.control.ChainReferences;

/**
 * {@code POST /api/v1/invoices}: policy, then idempotency + chain + sign + store in one transaction
 * ({@link DocumentIssuer}), then the submission outside it ({@link InvoiceSubmitter}). Everything that can refuse
 * the request refuses it before a chain position is taken: policy, business rules and the ERP's XML before the
 * transaction, a missing certificate inside it, which rolls the position back. A clearance that can't be delivered is retried for the clearance window (Guideline: about 5 minutes,
 * shortened by the caller's {@code Prefer: wait}); after that, and for a report at once, the document is left
 * PENDING to the outbox ({@link InvoiceSubmitter#deliverWithin}). With {@code Prefer: respond-async} the answer comes right after signing (PENDING, with
 * the QR a simplified document needs at the till) and the outbox does the submitting.
 */
@ApplicationScoped
public class InvoiceService {

    @Inject
    EgsUnitService units;

    @Inject
    ZatcaPolicyService policy;

    @Inject
    InvoicePreparation preparation;

    @Inject
    UblInvoiceWriter writer;

    @Inject
    CertificateStore certificates;

    @Inject
    DocumentIssuer issuer;

    @Inject
    InvoiceSubmitter submitter;

    @Inject
    PipelineSettings settings;

    @Inject
    AuditLog audit;

    /**
     * Every database read of a request that may wait on Fatoora runs in a short transaction: a read outside one
     * keeps its connection until the request ends (Liberty's local transaction containment), and a waiting
     * request must not hold one (see TenantService.authenticate).
     */
    @Inject
    Transactions tx;

    @Inject
    Clock clock = StoredTime.CLOCK;

    /** The request as the pipeline takes it; {@code preferredWait} is the caller's limit on the clearance window, if any. */
    public record Submission(
            Long tenantId,
            Long egsUnitId,
            SubmissionAction action,
            String idempotencyKey,
            Duration preferredWait,
            boolean respondAsync) {}

    /**
     * The document after the request, whether the request repeated an earlier one, and the submission attempts
     * this request made (null for a repeat: they are read).
     */
    public record Outcome(InvoiceDocument document, boolean replay, List<SubmissionAttempt> attemptsMade) {}

    public Outcome fromJson(Submission s, InvoiceRequest request) {
        EgsUnit unit = tx.required(() -> units.find(s.tenantId(), s.egsUnitId()));
        Seller seller = Sellers.of(unit.seller());
        // rules and totals first: the policy needs the subtype and type the rules require (a missing one was a
        // 500), and only the writing needs the chain position, so this stays outside the chain lock
        InvoiceTotals totals = preparation.check(request, seller);
        SubmissionAction action = allowed(unit, s.action(), request.subtype(), request.documentType());
        String digest = Idempotency.digest("json", action.name(), Idempotency.canonicalJson(request));
        String key = Idempotency.key(s.idempotencyKey(), request.id());
        LocalDateTime issuedAt = IssueTimestamp.of(request, clock);
        UUID uuid = UUID.randomUUID();
        IssueOrder order = new IssueOrder(
                s.tenantId(),
                unit.getId(),
                unit.getEnvironment(),
                request.id(),
                uuid.toString(),
                request.documentType(),
                request.subtype(),
                action,
                key,
                digest,
                position -> {
                    UnsignedInvoice u = writer.writeUnsigned(request, seller, position, uuid, totals, issuedAt);
                    return new IssueOrder.Unsigned(u.xml(), issuedAt);
                });
        return deliver(s, order);
    }

    public Outcome fromXml(Submission s, byte[] xml) {
        EgsUnit unit = tx.required(() -> units.find(s.tenantId(), s.egsUnitId()));
        ErpXml.Facts facts = ErpXml.read(xml);
        SubmissionAction action = allowed(unit, s.action(), facts.subtype(), facts.type());
        String digest = Idempotency.digest("xml", action.name(), new String(xml, StandardCharsets.UTF_8));
        String key = Idempotency.key(s.idempotencyKey(), facts.invoiceNumber());
        IssueOrder order = new IssueOrder(
                s.tenantId(),
                unit.getId(),
                unit.getEnvironment(),
                facts.invoiceNumber(),
                facts.uuid(),
                facts.type(),
                facts.subtype(),
                action,
                key,
                digest,
                position -> new IssueOrder.Unsigned(
                        ChainReferences.write(xml, position.icv(), position.previousInvoiceHash()), facts.issuedAt()));
        return deliver(s, order);
    }

    /** The caller's action, or ZATCA's for the subtype; refused (and audited) before anything else happens. */
    private SubmissionAction allowed(
            EgsUnit unit, SubmissionAction requested, InvoiceSubtype subtype, DocumentType type) {
        SubmissionAction action = requested != null ? requested : SubmissionAction.defaultFor(subtype);
        try {
            policy.validate(action, unit.getEnvironment(), subtype, type);
        } catch (PolicyViolationException e) {
            audit.record(unit.getTenantId(), unit.getId(), "POLICY_REFUSED", e.getMessage());
            throw e;
        }
        return action;
    }

    private Outcome deliver(Submission s, IssueOrder order) {
        // a repeat is recognized under the chain lock (DocumentIssuer), where a concurrent first request is seen too;
        // the signing identity is only asked for when a document is really signed
        DocumentIssuer.Issued issued = issuer.issue(order, () -> certificates.signingIdentity(order.egsUnitId()));
        if (issued.replay()) {
            Idempotency.requireSameRequest(
                    issued.document().getRequestDigest(),
                    order.requestDigest(),
                    s.idempotencyKey() != null,
                    issued.document().getId());
            return new Outcome(issued.document(), true, null);
        }
        if (s.respondAsync()) {
            return new Outcome(submitter.handOver(issued.document().getId(), issued.leaseToken()), false, List.of());
        }
        InvoiceSubmitter.Answer answer = submitter.deliverWithin(
                issued.document(),
                issued.leaseToken(),
                order.action().clears() ? clearanceWindow(s.preferredWait()) : Duration.ZERO);
        return new Outcome(answer.document(), false, answer.attempts());
    }

    private Duration clearanceWindow(Duration wait) {
        Duration window = settings.clearanceWindow();
        return wait != null && wait.compareTo(window) < 0 ? wait : window;
    }
}
