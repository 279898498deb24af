package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.platform.control.XmlRejectedException;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackInfo;
import sa.fatoora.gateway.validation.entity.RulePackSource;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * Tries a new pack before it may check anyone's documents: it must compile, and it must accept every sample document
 * it came with (ZATCA's own signed samples). A pack that rejects ZATCA's samples is broken or not ZATCA's, and is
 * refused with the list of what failed. Warnings are allowed: BR-KSA-98 warns on every simplified sample older than
 * a day.
 */
@ApplicationScoped
public class ShadowCheck {

    /** Enough to see what is wrong without making the refusal itself huge. */
    static final int MAX_LISTED = 100;

    @Inject
    XsdStage xsd;

    @Inject
    EnSchematronStage en;

    @Inject
    KsaSchematronStage ksa;

    @Inject
    Clock clock;

    CompiledRulePack compileAndTry(RulePackFiles files, String version) {
        CompiledRulePack pack;
        try {
            pack = RulePackCompiler.compile(
                    new RulePackInfo("candidate", RulePackSource.UPLOADED, version, files.sha256()),
                    files,
                    clock.instant());
        } catch (RulesUnavailableException e) {
            throw new RulePackSamplesFailedException("The pack's rules do not compile: " + e.getMessage(), List.of())
                    .causedBy(e);
        }
        if (files.samples().isEmpty()) {
            throw new RulePackSamplesFailedException(
                    "The pack carries no sample documents (Data/Samples/**/*.xml) to try it on before use", List.of());
        }
        List<FieldError> failures = failures(pack, files);
        if (!failures.isEmpty()) {
            throw new RulePackSamplesFailedException(
                    "The pack rejects "
                            + failures.stream()
                                    .map(FieldError::pointer)
                                    .distinct()
                                    .count() + " of its " + files.samples().size() + " sample documents",
                    failures.size() > MAX_LISTED ? failures.subList(0, MAX_LISTED) : failures);
        }
        return pack;
    }

    /** Each error the pack's XSD, EN or KSA stage finds in any of its samples, as "sample path: rule: text". */
    List<FieldError> failures(CompiledRulePack pack, RulePackFiles files) {
        List<FieldError> failures = new ArrayList<>();
        for (String sample : files.samples()) {
            byte[] xml = files.bytes(sample);
            ValidationContext context;
            try {
                context = new ValidationContext(xml, SecureXml.parse(xml), null, clock.instant(), pack, null);
            } catch (XmlRejectedException e) {
                failures.add(new FieldError(sample, "not a readable XML document"));
                continue;
            }
            for (ValidationStage stage : List.of(xsd, en, ksa)) {
                StageResult result = stage.run(context);
                for (Message error : result.errors()) {
                    failures.add(new FieldError(sample, result.stage() + " " + error.rule() + ": " + error.message()));
                }
            }
        }
        return failures;
    }
}
