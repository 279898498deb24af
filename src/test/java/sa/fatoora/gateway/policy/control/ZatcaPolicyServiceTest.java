package sa.fatoora.gateway.policy.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** Every cell of the default policy table (issue 7), each through the three validate methods, and the overrides. */
class ZatcaPolicyServiceTest {

    /** The table, written out: environment, subtype, then clearance / reporting / mixed allowed. */
    private static final String DEFAULT_TABLE =
            """
            SANDBOX    STANDARD   yes yes yes
            SANDBOX    SIMPLIFIED yes yes yes
            SIMULATION STANDARD   yes no  no
            SIMULATION SIMPLIFIED no  yes no
            PRODUCTION STANDARD   yes no  no
            PRODUCTION SIMPLIFIED no  yes no
            """;

    private final ZatcaPolicyService defaults = new ZatcaPolicyService(PolicyTable.defaults());

    static Stream<Arguments> everyCell() {
        List<Arguments> cells = new ArrayList<>();
        for (String row : DEFAULT_TABLE.strip().split("\n")) {
            String[] c = row.trim().split("\\s+");
            SubmissionAction[] actions = {
                SubmissionAction.CLEARANCE, SubmissionAction.REPORTING, SubmissionAction.CLEARANCE_AND_REPORTING
            };
            for (DocumentType type : DocumentType.values()) {
                for (int a = 0; a < actions.length; a++) {
                    cells.add(Arguments.of(
                            ZatcaEnvironment.valueOf(c[0]),
                            InvoiceSubtype.valueOf(c[1]),
                            type,
                            actions[a],
                            "yes".equals(c[2 + a])));
                }
            }
        }
        return cells.stream();
    }

    @Test
    void theTableCoversEveryCell() {
        assertEquals(
                ZatcaEnvironment.values().length
                        * InvoiceSubtype.values().length
                        * DocumentType.values().length
                        * SubmissionAction.values().length,
                everyCell().count());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @MethodSource("everyCell")
    void defaultCell(
            ZatcaEnvironment env, InvoiceSubtype subtype, DocumentType type, SubmissionAction action, boolean allowed) {
        assertEquals(allowed, defaults.allows(action, env, subtype, type));
        Runnable validation =
                switch (action) {
                    case CLEARANCE -> () -> defaults.validateClearanceAllowed(env, subtype, type);
                    case REPORTING -> () -> defaults.validateReportingAllowed(env, subtype, type);
                    case CLEARANCE_AND_REPORTING -> () ->
                            defaults.validateClearanceAndReportingAllowed(env, subtype, type);
                };
        if (allowed) {
            assertDoesNotThrow(validation::run);
            return;
        }
        PolicyViolationException e = assertThrows(PolicyViolationException.class, validation::run);
        assertEquals(422, e.status());
        assertEquals("ZATCA_POLICY_VIOLATION", e.code());
        String detail = e.getMessage();
        assertTrue(detail.contains(env.name()), detail);
        assertTrue(detail.contains(ZatcaPolicyService.describe(subtype, type)), detail);
        assertTrue(detail.contains(action.wording() + " of a"), detail);
        String onlyAllowed = subtype == InvoiceSubtype.STANDARD ? "allowed: clearance" : "allowed: reporting";
        assertTrue(detail.endsWith(onlyAllowed), detail);
    }

    @Test
    void messageNamesEnvironmentDocumentAndTheAllowedAction() {
        PolicyViolationException e = assertThrows(
                PolicyViolationException.class,
                () -> defaults.validateReportingAllowed(
                        ZatcaEnvironment.PRODUCTION, InvoiceSubtype.STANDARD, DocumentType.CREDIT_NOTE));
        assertEquals(
                "ZATCA policy of the PRODUCTION environment: reporting of a standard credit note (381) is not"
                        + " allowed; allowed: clearance",
                e.getMessage());
    }

    @Test
    void aSubtypeOverrideAppliesToEveryDocumentTypeAndADocumentTypeOverrideWins() {
        Map<String, String> config = Map.of(
                "zatca.policy.simulation.standard", "clearance, reporting",
                "zatca.policy.SIMULATION.standard.credit-note", "clearance",
                "zatca.policy.production.simplified.prepayment", "none");
        ZatcaPolicyService service =
                new ZatcaPolicyService(PolicyTable.load(name -> Optional.ofNullable(config.get(name))));
        ZatcaEnvironment sim = ZatcaEnvironment.SIMULATION;
        assertTrue(service.allows(
                SubmissionAction.CLEARANCE_AND_REPORTING, sim, InvoiceSubtype.STANDARD, DocumentType.TAX_INVOICE));
        assertTrue(service.allows(SubmissionAction.REPORTING, sim, InvoiceSubtype.STANDARD, DocumentType.DEBIT_NOTE));
        assertFalse(service.allows(SubmissionAction.REPORTING, sim, InvoiceSubtype.STANDARD, DocumentType.CREDIT_NOTE));
        // untouched cells keep the default
        assertFalse(
                service.allows(SubmissionAction.CLEARANCE, sim, InvoiceSubtype.SIMPLIFIED, DocumentType.TAX_INVOICE));
        PolicyViolationException e = assertThrows(
                PolicyViolationException.class,
                () -> service.validateReportingAllowed(
                        ZatcaEnvironment.PRODUCTION, InvoiceSubtype.SIMPLIFIED, DocumentType.PREPAYMENT));
        assertTrue(e.getMessage().endsWith("no submission is allowed for it"), e.getMessage());
        assertTrue(service.allows(
                SubmissionAction.REPORTING,
                ZatcaEnvironment.PRODUCTION,
                InvoiceSubtype.SIMPLIFIED,
                DocumentType.TAX_INVOICE));
    }

    @Test
    void aTypoInTheConfigurationFailsTheStartNamingTheProperty() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PolicyTable.load(name ->
                        name.equals("zatca.policy.sandbox.simplified") ? Optional.of("reportng") : Optional.empty()));
        assertEquals(
                "zatca.policy.sandbox.simplified: unknown action 'reportng' (use clearance, reporting or none)",
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> PolicyTable.parse("zatca.policy.sandbox.standard", "none,clearance"));
    }
}
