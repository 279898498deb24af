package sa.fatoora.gateway.policy.control;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Which submissions each (environment, subtype, document type) allows. Default: SANDBOX clearance and reporting for
 * every document; SIMULATION and PRODUCTION clearance for standard, reporting for simplified documents. The mixed
 * flow (clearance then reporting) is allowed where both are. Configuration overrides a cell, most specific first:
 * {@code zatca.policy.<environment>.<subtype>.<document-type>}, then {@code zatca.policy.<environment>.<subtype>};
 * environment {@code sandbox|simulation|production} (upper case works too), subtype {@code standard|simplified},
 * document type {@code tax-invoice|debit-note|credit-note|prepayment}, value a comma separated list of
 * {@code clearance}, {@code reporting}, or {@code none}. The whole table is read once, so a typo fails the start.
 */
public final class PolicyTable {

    public static final String PREFIX = "zatca.policy.";

    private record Cell(ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {}

    private final Map<Cell, Set<SubmissionAction>> cells = new HashMap<>();

    private PolicyTable() {}

    public static PolicyTable defaults() {
        return load(name -> Optional.empty());
    }

    /** @param config a configuration lookup by property name */
    public static PolicyTable load(Function<String, Optional<String>> config) {
        PolicyTable table = new PolicyTable();
        for (ZatcaEnvironment environment : ZatcaEnvironment.values()) {
            for (InvoiceSubtype subtype : InvoiceSubtype.values()) {
                for (DocumentType type : DocumentType.values()) {
                    table.cells.put(new Cell(environment, subtype, type), resolve(config, environment, subtype, type));
                }
            }
        }
        return table;
    }

    public boolean allows(
            SubmissionAction action, ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        Set<SubmissionAction> allowed = allowed(environment, subtype, type);
        return action == SubmissionAction.CLEARANCE_AND_REPORTING
                ? allowed.contains(SubmissionAction.CLEARANCE) && allowed.contains(SubmissionAction.REPORTING)
                : allowed.contains(action);
    }

    /** The single actions allowed (clearance, reporting), never the mixed one. */
    public Set<SubmissionAction> allowed(ZatcaEnvironment environment, InvoiceSubtype subtype, DocumentType type) {
        return cells.get(new Cell(environment, subtype, type));
    }

    static Set<SubmissionAction> defaultFor(ZatcaEnvironment environment, InvoiceSubtype subtype) {
        if (environment == ZatcaEnvironment.SANDBOX) {
            return EnumSet.of(SubmissionAction.CLEARANCE, SubmissionAction.REPORTING);
        }
        return EnumSet.of(SubmissionAction.defaultFor(subtype));
    }

    public static String token(DocumentType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Set<SubmissionAction> resolve(
            Function<String, Optional<String>> config,
            ZatcaEnvironment environment,
            InvoiceSubtype subtype,
            DocumentType type) {
        String subtypeToken = subtype.name().toLowerCase(Locale.ROOT);
        String[] environments = {environment.name().toLowerCase(Locale.ROOT), environment.name()};
        // the most specific property wins, whichever case its environment is written in
        for (String suffix : new String[] {"." + subtypeToken + "." + token(type), "." + subtypeToken}) {
            for (String env : environments) {
                Optional<String> value = config.apply(PREFIX + env + suffix);
                if (value.isPresent()) {
                    return parse(PREFIX + env + suffix, value.get());
                }
            }
        }
        return defaultFor(environment, subtype);
    }

    static Set<SubmissionAction> parse(String name, String value) {
        Set<SubmissionAction> actions = EnumSet.noneOf(SubmissionAction.class);
        boolean none = false;
        for (String raw : value.split(",")) {
            String token = raw.strip().toLowerCase(Locale.ROOT);
            switch (token) {
                case "clearance" -> actions.add(SubmissionAction.CLEARANCE);
                case "reporting" -> actions.add(SubmissionAction.REPORTING);
                case "none" -> none = true;
                default -> throw new IllegalArgumentException(
                        name + ": unknown action '" + token + "' (use clearance, reporting or none)");
            }
        }
        if (none && !actions.isEmpty()) {
            throw new IllegalArgumentException(name + ": 'none' can't be combined with an action");
        }
        return actions;
    }
}
