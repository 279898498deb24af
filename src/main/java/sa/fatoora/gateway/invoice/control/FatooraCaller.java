package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.control.FatooraAuthenticationException;
import sa.fatoora.gateway.zatca.control.FatooraClient;
import sa.fatoora.gateway.zatca.control.FatooraUnavailableException;
import sa.fatoora.gateway.zatca.entity.FatooraDocument;
import sa.fatoora.gateway.zatca.entity.FatooraResult;

/**
 * One call to Fatoora for a stored document with its unit's active production CSID, never throwing: Fatoora's
 * answer, or the reason there is none (not reached, credentials refused twice, no active certificate, ...).
 */
@ApplicationScoped
public class FatooraCaller {

    private static final Logger LOG = Logger.getLogger(FatooraCaller.class.getName());

    @Inject
    FatooraClient fatoora;

    @Inject
    CertificateStore certificates;

    @Inject
    Transactions tx;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public FatooraCall call(InvoiceDocument d, SubmissionAction route) {
        Instant requestedAt = clock.instant();
        long start = System.nanoTime();
        try {
            FatooraDocument document = new FatooraDocument(d.getInvoiceHash(), d.getUuid(), d.getSignedXml());
            var csid = tx.required(() -> certificates.productionCsid(d.getEgsUnitId()));
            FatooraResult result = route == SubmissionAction.CLEARANCE
                    ? fatoora.clear(d.getEnvironment(), csid, document)
                    : fatoora.report(d.getEnvironment(), csid, document);
            return new FatooraCall(d.getId(), route, requestedAt, millisSince(start), result, null, null);
        } catch (FatooraUnavailableException e) {
            return failed(d, route, requestedAt, start, "UNAVAILABLE", e.getMessage());
        } catch (FatooraAuthenticationException e) {
            return failed(d, route, requestedAt, start, "AUTHENTICATION_FAILED", e.getMessage());
        } catch (GatewayException e) {
            // no active certificate, or Fatoora refused the request itself (not the document): kept, retried later
            return failed(d, route, requestedAt, start, "ERROR", e.code() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            String category = Problems.category(e);
            LOG.warning(() -> "invoice " + d.getId() + ": " + route.wording() + " failed (" + category + ")");
            return failed(d, route, requestedAt, start, "ERROR", "internal error (" + category + ")");
        }
    }

    private static FatooraCall failed(
            InvoiceDocument d, SubmissionAction route, Instant requestedAt, long start, String outcome, String error) {
        return new FatooraCall(d.getId(), route, requestedAt, millisSince(start), null, outcome, error);
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
