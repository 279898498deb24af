package sa.fatoora.gateway.invoice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.InvoiceTotals;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.signing.control.QrWorstCase;

/**
 * Business validation of an invoice request against the KSA (BR-KSA-*) and EN 16931 rules ZATCA applies. Reports
 * every problem at once, each with the JSON pointer of the offending field and the rule id where one exists.
 * ZATCA only warns on some of these (e.g. BR-KSA-42, BR-KSA-15); we reject them because a document that is
 * accepted with warnings still lacks data the law asks for.
 */
@ApplicationScoped
public class InvoiceValidator {

    private static final int MAX_EXCHANGE_RATE_DIGITS = 14;
    private static final TotalsCalculator CALCULATOR = new TotalsCalculator();
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final Clock clock;

    public InvoiceValidator() {
        this(StoredTime.CLOCK);
    }

    @Inject
    public InvoiceValidator(Clock clock) {
        this.clock = clock;
    }

    public void validate(InvoiceRequest request) {
        validate(request, null);
    }

    /** Throws {@link ValidationFailedException} listing every problem; {@code seller} may be null. */
    public void validate(InvoiceRequest request, Seller seller) {
        List<FieldError> problems = problems(request, seller);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
    }

    private static ValidationFailedException failure(List<FieldError> problems) {
        return new ValidationFailedException(
                problems.size() == 1
                        ? "The invoice breaks 1 rule."
                        : "The invoice breaks " + problems.size() + " rules.",
                problems);
    }

    public List<FieldError> problems(InvoiceRequest request, Seller seller) {
        return check(request, seller, null);
    }

    /**
     * Validates and, when the request is valid, returns its totals: computing them is part of the check (amounts
     * must not turn negative), so the caller need not compute them twice.
     */
    public InvoiceTotals validateAndCompute(InvoiceRequest request, Seller seller, TotalsCalculator calculator) {
        InvoiceTotals[] totals = new InvoiceTotals[1];
        List<FieldError> problems = check(request, seller, t -> totals[0] = t);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return totals[0] != null ? totals[0] : calculator.computeTotals(request);
    }

    private List<FieldError> check(InvoiceRequest request, Seller seller, Consumer<InvoiceTotals> totalsSink) {
        Violations v = new Violations();
        boolean typed = v.require("/documentType", request.documentType(), " (BR-KSA-05)")
                & v.require("/subtype", request.subtype(), " (BR-KSA-06)");
        v.require("/id", request.id(), " (BR-02)");
        checkIssueMoment(request, v);
        if (typed) {
            checkTransactionFlags(request, v);
            checkNoteReferences(request, v);
            checkSupplyDates(request, v);
        }
        checkCurrency(request, v);
        if (request.paymentMeansCode() != null
                && !KsaCodeLists.PAYMENT_MEANS_CODES.contains(request.paymentMeansCode())) {
            v.add(
                    "/paymentMeansCode",
                    "'" + request.paymentMeansCode() + "' is not a UNTDID 4461 payment means" + " code (BR-KSA-16)");
        }
        if (Violations.hasMoreThanTwoDecimals(request.payableRoundingAmount())) {
            v.add("/payableRoundingAmount", "must have at most two decimals (BR-DEC-17)");
        }
        LineRules.check(request, v);
        if (typed) {
            BuyerRules.check(request, seller, v);
        }
        if (v.isEmpty()) {
            InvoiceTotals totals = CALCULATOR.computeTotals(request);
            checkComputedAmounts(totals, v);
            if (totalsSink != null && v.isEmpty()) {
                totalsSink.accept(totals);
            }
        }
        return v.list();
    }

    /** ZATCA writes dates as YYYY-MM-DD (BR-KSA-F-01): the years that have four digits. */
    static final int FIRST_YEAR = 1000;

    static final int LAST_YEAR = 9999;

    /**
     * Whether a total's text, as the writer writes it, is within what the QR is sized for (QrWorstCase: 18 digits
     * and two decimals).
     */
    static boolean qrFits(BigDecimal total) {
        return XmlBuilder.money(total).length() <= QrWorstCase.LONGEST_TOTAL.length();
    }

    private void checkIssueMoment(InvoiceRequest r, Violations v) {
        if ((r.issueDate() == null) != (r.issueTime() == null)) {
            v.add(
                    r.issueDate() == null ? "/issueDate" : "/issueTime",
                    "issueDate and issueTime go together: send both, or neither for now (BR-KSA-70)");
            return;
        }
        if (r.issueDate() != null
                && (r.issueDate().getYear() < FIRST_YEAR || r.issueDate().getYear() > LAST_YEAR)) {
            v.add("/issueDate", "must be a date as YYYY-MM-DD, a four-digit year (BR-KSA-F-01)");
        } else if (r.issueDate() != null
                && LocalDateTime.of(r.issueDate(), r.issueTime()).isAfter(IssueTimestamp.now(clock))) {
            v.add("/issueDate", "must not be in the future, Riyadh time (BR-KSA-04)");
        }
    }

    private static void checkTransactionFlags(InvoiceRequest r, Violations v) {
        if (r.subtype() == InvoiceSubtype.SIMPLIFIED) {
            String rule = " is not allowed on a simplified document: only thirdParty, nominal and summary are"
                    + " (BR-KSA-31)";
            if (r.export()) {
                v.add("/export", "export" + rule);
            }
            if (r.selfBilled()) {
                v.add("/selfBilled", "selfBilled" + rule);
            }
            if (r.continuousSupply()) {
                v.add("/continuousSupply", "continuousSupply" + rule);
            }
            if (r.b2g()) {
                v.add("/b2g", "b2g" + rule);
            }
        }
        if (r.export() && r.selfBilled()) {
            v.add("/selfBilled", "an export invoice cannot be self-billed (BR-KSA-07)");
        }
        if (r.b2g() && Violations.isBlank(r.contractId())) {
            v.add("/contractId", "is required on a B2G document (BR-KSA-92)");
        }
    }

    private static void checkNoteReferences(InvoiceRequest r, Violations v) {
        if (!r.documentType().isNote()) {
            return;
        }
        String kind = r.documentType() == DocumentType.CREDIT_NOTE ? "a credit note" : "a debit note";
        v.require("/billingReference", r.billingReference(), " on " + kind + ": the corrected invoice (BR-KSA-56)");
        v.require("/reason", r.reason(), " on " + kind + ": why it is issued (BR-KSA-17)");
    }

    private static void checkSupplyDates(InvoiceRequest r, Violations v) {
        if (r.summary()) {
            v.require("/supplyDate", r.supplyDate(), " on a summary invoice (BR-KSA-72)");
            v.require("/supplyEndDate", r.supplyEndDate(), " on a summary invoice (BR-KSA-72)");
        } else if (r.subtype() == InvoiceSubtype.STANDARD && r.documentType() == DocumentType.TAX_INVOICE) {
            v.require("/supplyDate", r.supplyDate(), " on a standard tax invoice (BR-KSA-15)");
        }
        if (r.supplyEndDate() != null) {
            if (r.supplyDate() == null) {
                if (!r.summary()) {
                    v.add("/supplyDate", "is required with a supply end date (BR-KSA-35)");
                }
            } else if (r.supplyEndDate().isBefore(r.supplyDate())) {
                v.add("/supplyEndDate", "must not be before the supply date (BR-KSA-36)");
            }
        }
    }

    private static void checkCurrency(InvoiceRequest r, Violations v) {
        if (r.currency() != null && !CURRENCY.matcher(r.currency()).matches()) {
            v.add("/currency", "must be an ISO 4217 code such as SAR or USD (BR-KSA-CL-01)");
            return;
        }
        BigDecimal rate = r.exchangeRate();
        if (r.isForeignCurrency() && rate == null) {
            v.add(
                    "/exchangeRate",
                    "is required for a document in " + r.currency() + ": VAT is also reported in SAR" + " (BR-53)");
        } else if (rate != null && rate.signum() <= 0) {
            v.add("/exchangeRate", "must be above zero");
        } else if (rate != null && rate.stripTrailingZeros().precision() > MAX_EXCHANGE_RATE_DIGITS) {
            v.add("/exchangeRate", "must have at most 14 digits (BR-KSA-90)");
        }
    }

    /**
     * Allowances and prepayments can drive a total below zero: every document amount must be positive. Sums and
     * products of bounded decimals can grow past what the QR is sized for: the totals it repeats must fit.
     */
    private static void checkComputedAmounts(InvoiceTotals totals, Violations v) {
        if (totals.taxExclusiveAmount().signum() < 0) {
            v.add("/allowanceCharges", "the allowances exceed the invoice amount (BR-KSA-F-04)");
        }
        totals.vatBreakdown().stream()
                .filter(b -> b.taxableAmount().signum() < 0)
                .findFirst()
                .ifPresent(b -> v.add(
                        "/allowanceCharges",
                        "the allowances of VAT category " + b.category() + " at " + b.rate()
                                + " % exceed its taxable amount (BR-KSA-F-04)"));
        if (totals.payableAmount().signum() < 0) {
            v.add("/prepayments", "the prepaid amount exceeds the amount due (BR-KSA-F-04)");
        }
        // the QR repeats both totals, and EGS units are registered for a QR sized for totals of this length
        if (!qrFits(totals.payableAmount())) {
            v.add(
                    "/lines",
                    "the amount due has more than 18 digits before the decimal point: the QR code has room"
                            + " for at most 18");
        }
        if (!qrFits(totals.taxAmountSar())) {
            v.add(
                    "/lines",
                    "the VAT total in SAR has more than 18 digits before the decimal point: the QR code has"
                            + " room for at most 18");
        }
    }
}
