package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.w3c.dom.Document;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.platform.control.XmlRejectedException;
import sa.fatoora.gateway.signing.control.Certificates;
import sa.fatoora.gateway.signing.control.InvoiceHasher;
import sa.fatoora.gateway.signing.control.InvoiceReader;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.entity.SignedDocumentFacts;
import sa.fatoora.gateway.simulator.entity.ComplianceStep;
import sa.fatoora.gateway.simulator.entity.KnownCsid;
import sa.fatoora.gateway.simulator.entity.SimCsid;
import sa.fatoora.gateway.simulator.entity.SimSubmission;
import sa.fatoora.gateway.validation.control.ValidationService;
import sa.fatoora.gateway.validation.entity.ValidationReport;
import sa.fatoora.gateway.zatca.entity.wire.InvoiceSubmission;
import sa.fatoora.gateway.zatca.entity.wire.SubmissionResponse;
import sa.fatoora.gateway.zatca.entity.wire.ValidationResults;
import sa.fatoora.gateway.zatca.entity.wire.ZatcaMessage;

/**
 * The three document calls: compliance check, reporting (simplified) and clearance (standard). Every document is
 * validated by the gateway's own ValidationService plus the checks only ZATCA can make: the invoice hash and UUID
 * the caller claims, the certificate's VAT against the seller's, the route, duplicates, and the chain per CSID.
 */
@ApplicationScoped
public class Submissions {

    @Inject
    Behaviour behaviour;

    public enum Route {
        REPORTING,
        CLEARANCE
    }

    /** The answer and its HTTP status: 200 PASS, 202 WARNING, 400 ERROR, 208/409 duplicate. */
    public record Outcome(int status, SubmissionResponse response) {}

    @PersistenceContext(unitName = "simulator")
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock = StoredTime.CLOCK;

    @Inject
    ValidationService validation;

    /**
     * Off, documents skip the six validation stages (the checks below still run: hash, UUID, VAT, route, chain,
     * duplicates). For load tests of the gateway: in one JVM the simulator's XSD and schematron runs took about
     * two thirds of the CPU, work the real Fatoora does on its own servers.
     */
    @Inject
    @ConfigProperty(name = "zatca.simulator.validate-documents", defaultValue = "true")
    boolean validateDocuments = true;

    @Inject
    SimulatorCa ca;

    private final InvoiceHasher hasher = new InvoiceHasher();
    private final QrCodes qrCodes = new QrCodes();

    public Outcome compliance(KnownCsid csid, InvoiceSubmission submission) {
        Checked checked = check(csid, submission);
        boolean passed = checked.errors.isEmpty();
        if (passed) {
            transactions.required(() -> em.find(SimCsid.class, csid.id())
                    .passed(ComplianceStep.of(
                            strip(checked.document.typeCode()),
                            strip(checked.document.facts().typeName()))));
        }
        ValidationResults results = checked.results();
        SubmissionResponse response = checked.document.standard()
                ? SubmissionResponse.clearance(results, null)
                : SubmissionResponse.reporting(results);
        return new Outcome(statusOf(results), response);
    }

    /** With clearance switched off, ZATCA answers 303 and takes standard documents at reporting instead. */
    public Outcome submit(KnownCsid csid, InvoiceSubmission submission, Route route) {
        if (route == Route.CLEARANCE && !behaviour.settings().clearanceEnabled()) {
            ZatcaMessage info = ZatcaMessage.info(
                    "clearance-deactivated",
                    "CLEARANCE",
                    "Clearance is deactivated; report the invoice through /invoices/reporting/single");
            return new Outcome(
                    303,
                    new SubmissionResponse(
                            ValidationResults.of(List.of(info), List.of(), List.of()), null, null, null, null, null));
        }
        Checked checked = check(csid, submission);
        boolean standard = checked.document.standard();
        if (route == Route.CLEARANCE && !standard) {
            checked.errors.add(ZatcaMessage.error(
                    "invoice-type-not-allowed",
                    "CLEARANCE",
                    "Simplified invoices are reported through /invoices/reporting/single, not cleared"));
        } else if (route == Route.REPORTING && standard && behaviour.settings().clearanceEnabled()) {
            checked.errors.add(ZatcaMessage.error(
                    "invoice-type-not-allowed",
                    "REPORTING",
                    "Standard invoices are cleared through /invoices/clearance/single, not reported"));
        }
        return transactions.required(() -> {
            // one submission at a time per CSID: the chain check and duplicate check must see each other
            SimCsid locked = em.find(SimCsid.class, csid.id(), LockModeType.PESSIMISTIC_WRITE);
            Optional<SimSubmission> earlier = em.createNamedQuery(SimSubmission.FIND, SimSubmission.class)
                    .setParameter("csidId", locked.getId())
                    .setParameter("hash", checked.hash)
                    .getResultStream()
                    .findFirst();
            if (earlier.isPresent() && checked.errors.isEmpty()) {
                return duplicate(route, earlier.get());
            }
            chainWarnings(locked, checked);
            ValidationResults results = checked.results();
            if (!results.passed()) {
                return new Outcome(
                        400,
                        route == Route.CLEARANCE
                                ? SubmissionResponse.clearance(results, null)
                                : SubmissionResponse.reporting(results));
            }
            if (checked.document.icvNumber() != null) {
                locked.chainAdvanced(checked.document.icvNumber(), checked.hash);
            }
            String cleared = route == Route.CLEARANCE ? clearedInvoice(checked) : null;
            em.persist(new SimSubmission(locked.getId(), checked.hash, cleared, Instant.now(clock)));
            SubmissionResponse response = route == Route.CLEARANCE
                    ? SubmissionResponse.clearance(results, cleared)
                    : SubmissionResponse.reporting(results);
            return new Outcome(statusOf(results), response);
        });
    }

    private static Outcome duplicate(Route route, SimSubmission earlier) {
        ZatcaMessage message = ZatcaMessage.warning(
                route == Route.CLEARANCE ? "CLEARED_SUCCESSFULLY_EARLIER" : "REPORTED_SUCCESSFULLY_EARLIER",
                "DUPLICATE",
                "This invoice was already " + (route == Route.CLEARANCE ? "cleared" : "reported") + " successfully");
        ValidationResults results = ValidationResults.of(List.of(), List.of(message), List.of());
        return route == Route.CLEARANCE
                ? new Outcome(208, SubmissionResponse.clearance(results, earlier.getClearedInvoice()))
                : new Outcome(409, SubmissionResponse.reporting(results));
    }

    /** ICV gaps and broken PIH links are warnings, as ZATCA reports them. */
    private static void chainWarnings(SimCsid csid, Checked checked) {
        SignedDocumentFacts doc = checked.document;
        Long icv = doc.icvNumber();
        if (icv == null) {
            return;
        }
        long expectedIcv = csid.getLastIcv() == null ? icv : csid.getLastIcv() + 1;
        if (icv != expectedIcv) {
            checked.warnings.add(ZatcaMessage.warning(
                    "invalid-icv", "CHAIN", "The invoice counter " + icv + " does not follow " + csid.getLastIcv()));
        }
        String expectedPih =
                csid.getLastInvoiceHash() == null ? ChainPosition.FIRST_PREVIOUS_HASH : csid.getLastInvoiceHash();
        boolean firstOfChain = csid.getLastInvoiceHash() == null;
        String pih = strip(doc.pih());
        if (pih != null && !pih.equals(expectedPih) && !(firstOfChain && icv > 1)) {
            checked.warnings.add(ZatcaMessage.warning(
                    "invalid-pih", "CHAIN", "The previous invoice hash does not match the last invoice of this unit"));
        }
    }

    private String clearedInvoice(Checked checked) {
        SignedDocumentFacts doc = checked.document;
        var facts = Certificates.fromPem(strip(doc.certificate()));
        String qr = qrCodes.encode(qrCodes.payload(doc.facts(), checked.hash, strip(doc.signatureValue()), facts));
        return Base64.getEncoder().encodeToString(ClearanceStamp.withQr(checked.xml, qr));
    }

    private Checked check(KnownCsid csid, InvoiceSubmission submission) {
        byte[] xml;
        Document dom;
        try {
            xml = Base64.getMimeDecoder()
                    .decode(submission == null || submission.invoice() == null ? "" : submission.invoice());
            dom = SecureXml.parse(xml);
        } catch (IllegalArgumentException | XmlRejectedException e) {
            throw SimulatorException.submission(
                    400,
                    SubmissionResponse.reporting(ValidationResults.of(
                            List.of(),
                            List.of(),
                            List.of(ZatcaMessage.error(
                                    "invalid-invoice",
                                    "XSD",
                                    "The invoice is not base64 of a well-formed XML document")))));
        }
        ValidationReport report = validateDocuments ? validation.validate(xml, dom, null) : null;
        String hash = report != null && report.invoiceHash() != null ? report.invoiceHash() : hasher.hash(dom);
        Checked checked = new Checked(xml, InvoiceReader.readSigned(dom), hash);
        if (report != null) {
            ValidationMessages.from(report, checked.infos, checked.warnings, checked.errors);
        }
        if (!hash.equals(submission.invoiceHash())) {
            checked.errors.add(ZatcaMessage.error(
                    "invalid-invoice-hash",
                    "INVOICE_HASHING_ERRORS",
                    "The invoice hash API body does not match the calculated invoice hash"));
        }
        String uuid = strip(checked.document.uuid());
        if (uuid == null || !uuid.equals(submission.uuid())) {
            checked.errors.add(ZatcaMessage.error(
                    "invalid-uuid", "UUID", "The uuid in the API body does not match the invoice's UUID"));
        }
        if (!csid.vatNumber().equals(strip(checked.document.facts().vatNumber()))) {
            checked.errors.add(ZatcaMessage.error(
                    "certificate-vat-mismatch",
                    "CERTIFICATE",
                    "The seller's VAT number is not the one in the CSID certificate"));
        }
        return checked;
    }

    private static int statusOf(ValidationResults results) {
        return switch (results.status()) {
            case "PASS" -> 200;
            case "WARNING" -> 202;
            default -> 400;
        };
    }

    /** Fatoora compares identifiers without the whitespace a pretty-printed document puts around them. */
    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static final class Checked {
        final byte[] xml;
        final SignedDocumentFacts document;
        final String hash;
        final List<ZatcaMessage> infos = new ArrayList<>();
        final List<ZatcaMessage> warnings = new ArrayList<>();
        final List<ZatcaMessage> errors = new ArrayList<>();

        Checked(byte[] xml, SignedDocumentFacts document, String hash) {
            this.xml = xml;
            this.document = document;
            this.hash = hash;
        }

        ValidationResults results() {
            return ValidationResults.of(infos, warnings, errors);
        }
    }
}
