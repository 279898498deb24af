package sa.fatoora.gateway.validation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.InvoiceHasher;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/**
 * Runs every {@link ValidationStage} the application has, in {@link Stage} order, and reports on all of them: a
 * stage nobody has implemented appears as NOT_RUN "not available". Every stage runs even after an earlier one
 * failed, as ZATCA does, so that one report lists everything to fix. One validation sees one instant of the
 * product's clock and one rule pack, even when the active pack changes meanwhile.
 */
@ApplicationScoped
public class ValidationService {

    static final String NOT_AVAILABLE = "not available";

    private static final Logger LOG = Logger.getLogger(ValidationService.class.getName());

    @Inject
    Instance<ValidationStage> available;

    @Inject
    InvoiceHasher hasher;

    /** The gateway's RulePacks (the database's choice), or a deployable's own fixed pack (the simulator's). */
    @Inject
    ActiveRulePack rulePacks;

    @Inject
    Clock clock;

    private Supplier<ActiveRulePack.Active> activePack;
    private List<ValidationStage> stages;

    protected ValidationService() {}

    /** Without a container (tests): exactly these stages, this pack, this clock. */
    ValidationService(List<ValidationStage> stages, Supplier<ActiveRulePack.Active> activePack, Clock clock) {
        this.stages = ordered(stages);
        this.hasher = new InvoiceHasher();
        this.activePack = activePack;
        this.clock = clock;
    }

    @PostConstruct
    void collect() {
        stages = ordered(available.stream().toList());
        activePack = rulePacks::active;
        LOG.info(() -> "validation stages: "
                + stages.stream().map(s -> s.stage().name()).toList());
    }

    /** Parses the document securely (refusing DOCTYPEs, entities, oversize) and validates it. */
    public ValidationReport validate(byte[] xml, String expectedPih) {
        return validate(xml, SecureXml.parse(xml), expectedPih);
    }

    /** A document the caller parsed already (with SecureXml), validated now with the active pack. */
    public ValidationReport validate(byte[] xml, Document document, String expectedPih) {
        ActiveRulePack.Active active = activePack.get();
        return validate(
                new ValidationContext(xml, document, expectedPih, clock.instant(), active.pack(), active.reason()));
    }

    ValidationReport validate(ValidationContext context) {
        List<StageResult> results = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<ValidationStage> implementations =
                    stages.stream().filter(s -> s.stage() == stage).toList();
            if (implementations.isEmpty()) {
                results.add(StageResult.notRun(stage, NOT_AVAILABLE));
            }
            implementations.forEach(s -> results.add(runGuarded(s, context)));
        }
        boolean pihChecked = context.pih().isPresent()
                && results.stream().anyMatch(r -> r.stage() == Stage.PIH && r.status() != StageStatus.NOT_RUN);
        return ValidationReport.of(
                invoiceHash(context),
                context.rulePack() == null ? null : context.rulePack().info(),
                pihChecked,
                results);
    }

    /** The hash as ZATCA computes it, whatever the stamp claims; null for a document that can't be hashed. */
    private String invoiceHash(ValidationContext context) {
        try {
            return hasher.hash(context.document());
        } catch (RuntimeException e) {
            LOG.fine(() -> "document could not be hashed (" + Problems.category(e) + ")");
            return null;
        }
    }

    /** A stage that breaks has not shown the document is fine: it fails, closed, and the cause goes to the log. */
    private static StageResult runGuarded(ValidationStage stage, ValidationContext context) {
        try {
            StageResult result = stage.run(context);
            if (result == null || result.stage() != stage.stage()) {
                throw new IllegalStateException("stage answered for " + (result == null ? null : result.stage()));
            }
            return result;
        } catch (RuntimeException e) {
            // no stack trace and no message: both may quote the document; the category tells where to look
            LOG.severe("validation stage " + stage.stage() + " broke (" + Problems.category(e) + " failure)");
            return StageResult.of(
                    stage.stage(),
                    List.of(new Message("STAGE_ERROR", "The stage could not complete; see the server log")),
                    List.of());
        }
    }

    private static List<ValidationStage> ordered(List<ValidationStage> stages) {
        return stages.stream()
                .sorted(Comparator.comparing(ValidationStage::stage)
                        .thenComparing(s -> s.getClass().getName()))
                .toList();
    }
}
