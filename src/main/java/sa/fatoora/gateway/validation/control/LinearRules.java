package sa.fatoora.gateway.validation.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import net.sf.saxon.s9api.XsltExecutable;
import org.w3c.dom.Document;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.platform.control.XmlRejectedException;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackSource;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * Chooses between a pack's plain schematrons and their linear-cost form (StylesheetOptimizer). The linear form is
 * used only where it is shown to find exactly what the plain form finds: on every sample the pack carries, both
 * forms run and their findings (stage, rule, flag, text, in order) must be equal, else the plain form is used and
 * the pack's info says {@code optimized: false}. The built-in pack carries no samples: the build's differential tests
 * (LinearRulesDifferentialTest) check it on ZATCA's samples, negatives and generated documents of up to 10,000 lines.
 */
final class LinearRules {

    private static final Logger LOG = Logger.getLogger(LinearRules.class.getName());

    private LinearRules() {}

    static CompiledRulePack choose(CompiledRulePack plain, RulePackFiles files, Instant at) {
        String id = plain.info().id();
        Optional<CompiledRulePack> fast = linear(plain, files);
        if (fast.isEmpty()) {
            return plain;
        }
        if (plain.info().source() == RulePackSource.BUILT_IN) {
            return fast.get();
        }
        if (files.samples().isEmpty()) {
            LOG.warning(
                    () -> "rule pack " + id + " runs in its plain form: it has no samples to check the linear form on");
            return plain;
        }
        Optional<String> difference = firstDifference(plain, fast.get(), files, at);
        if (difference.isPresent()) {
            LOG.warning(
                    () -> "rule pack " + id + " runs in its plain form: its linear form differs, " + difference.get());
            return plain;
        }
        return fast.get();
    }

    /** The pack with its schematrons in linear form, if any loop could be moved and the result compiles. */
    private static Optional<CompiledRulePack> linear(CompiledRulePack plain, RulePackFiles files) {
        try {
            StylesheetOptimizer.Optimized en = StylesheetOptimizer.optimize(files.bytes(files.enSchematron()));
            StylesheetOptimizer.Optimized ksa = StylesheetOptimizer.optimize(files.bytes(files.ksaSchematron()));
            if (en.hoisted() + ksa.hoisted() == 0) {
                return Optional.empty();
            }
            XsltExecutable fastEn = RulePackCompiler.schematron(files.enSchematron(), en.xsl());
            XsltExecutable fastKsa = RulePackCompiler.schematron(files.ksaSchematron(), ksa.xsl());
            LOG.info(() -> "rule pack " + plain.info().id() + ": " + en.hoisted() + " EN and " + ksa.hoisted()
                    + " KSA document-wide loops run once per document instead of once per rule firing");
            return Optional.of(new CompiledRulePack(plain.info().optimized(true), plain.schema(), fastEn, fastKsa));
        } catch (RulesUnavailableException | XmlRejectedException | IllegalStateException e) {
            LOG.warning(() -> "rule pack " + plain.info().id() + " has no linear form: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The first sample on which the two forms disagree, with both findings; empty when they agree on all. */
    static Optional<String> firstDifference(
            CompiledRulePack plain, CompiledRulePack fast, RulePackFiles files, Instant at) {
        List<ValidationStage> stages = List.of(new EnSchematronStage(), new KsaSchematronStage());
        for (String sample : files.samples()) {
            byte[] xml = files.bytes(sample);
            Document document;
            try {
                document = SecureXml.parse(xml);
            } catch (XmlRejectedException e) {
                continue;
            }
            ValidationContext before = new ValidationContext(xml, document, null, at, plain, null);
            ValidationContext after = new ValidationContext(xml, document, null, at, fast, null);
            for (ValidationStage stage : stages) {
                StageResult expected = stage.run(before);
                StageResult actual = stage.run(after);
                if (!expected.equals(actual)) {
                    return Optional.of("on " + sample + ": " + expected + " but " + actual);
                }
            }
        }
        return Optional.empty();
    }
}
