package sa.fatoora.gateway.policy.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The gate in front of every submission: is this action allowed for this document in this environment? Asked
 * before anything is signed, stored or sent, so a refusal costs nothing (no ICV, no call). The table is
 * {@link PolicyTable}'s default with MicroProfile Config overrides.
 */
@ApplicationScoped
public class ZatcaPolicyService {

    @Inject
    Config config;

    private PolicyTable table;

    public ZatcaPolicyService() {}

    /** Without a container (tests). */
    public ZatcaPolicyService(PolicyTable table) {
        this.table = table;
    }

    @PostConstruct
    void load() {
        table = PolicyTable.load(name -> config.getOptionalValue(name, String.class));
    }

    public void validateClearanceAllowed(ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        validate(SubmissionAction.CLEARANCE, environment, subtype, type);
    }

    public void validateReportingAllowed(ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        validate(SubmissionAction.REPORTING, environment, subtype, type);
    }

    public void validateClearanceAndReportingAllowed(
            ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        validate(SubmissionAction.CLEARANCE_AND_REPORTING, environment, subtype, type);
    }

    /** @throws PolicyViolationException (422 ZATCA_POLICY_VIOLATION) naming environment, document and what is allowed */
    public void validate(
            SubmissionAction action, ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        if (!allows(action, environment, subtype, type)) {
            throw new PolicyViolationException(refusal(action, environment, subtype, type));
        }
    }

    public boolean allows(
            SubmissionAction action, ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        return table.allows(action, environment, subtype, type);
    }

    String refusal(SubmissionAction action, ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        Set<SubmissionAction> allowed = table.allowed(environment, subtype, type);
        String what = allowed.isEmpty()
                ? "no submission is allowed for it"
                : "allowed: " + allowed.stream().map(SubmissionAction::wording).collect(Collectors.joining(", "));
        return "ZATCA policy of the " + environment + " environment: " + action.wording() + " of a "
                + describe(subtype, type) + " is not allowed; " + what;
    }

    /** E.g. "standard tax invoice (388)". */
    public static String describe(InvoiceSubtype subtype, DocumentType type) {
        return subtype.name().toLowerCase(java.util.Locale.ROOT) + " "
                + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + type.code() + ")";
    }
}
