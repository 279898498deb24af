package sa.fatoora.gateway.validation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import sa.fatoora.gateway.signing.control.SignatureVerifier;
import sa.fatoora.gateway.validation.entity.RulePackFiles;

/**
 * The ZATCA SDK's reference data (read in place, never copied) and validation wired to it without a container. The
 * compiled packs are shared by all test classes: compiling the schematrons takes seconds.
 */
final class SdkData {

    /** A fixed "now" for tests that don't test time: an hour of the day that is the same date in Riyadh and UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);

    private static CompiledRulePack directoryPack;
    private static CompiledRulePack builtInPack;

    private SdkData() {}

    static Path dir() {
        String dir = System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk");
        return Path.of(dir).resolve("Data").toAbsolutePath().normalize();
    }

    static List<Path> samples() {
        try (Stream<Path> files = Files.walk(dir().resolve("Samples"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sample(String name) {
        return samples().stream()
                .filter(p -> p.getFileName().toString().equals(name))
                .findFirst()
                .map(SdkData::read)
                .orElseThrow(() -> new IllegalArgumentException("no sample " + name));
    }

    static RulesDirectory rules(Optional<String> dataDir) {
        RulesDirectory rules = new RulesDirectory();
        rules.dataDir = dataDir;
        return rules;
    }

    /** The SDK folder beside the clone as a pack (ZATCA SDK 3.4.8: has BR-KSA-98), compiled once per test run. */
    static synchronized CompiledRulePack directoryPack() {
        if (directoryPack == null) {
            RulesDirectory rules = rules(Optional.of(dir().toString()));
            try {
                RulePackFiles files = rules.load();
                directoryPack = RulePackCompiler.compile(rules.info(files), files, CLOCK.instant());
            } catch (RulesUnavailableException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return directoryPack;
    }

    /** The pack the build brings (target/classes), compiled once per test run. */
    static synchronized CompiledRulePack builtInPack() {
        if (builtInPack == null) {
            RulePackFiles files = BuiltInRulePack.files();
            try {
                builtInPack = RulePackCompiler.compile(BuiltInRulePack.info(files), files, CLOCK.instant());
            } catch (RulesUnavailableException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return builtInPack;
    }

    /** The three stages that use a rule pack: XSD, EN and KSA. */
    static List<ValidationStage> packStages() {
        return List.of(new XsdStage(), new EnSchematronStage(), new KsaSchematronStage());
    }

    /** All six stages, as the server runs them. */
    static List<ValidationStage> allStages() {
        SignatureVerifier verifier = new SignatureVerifier();
        SignatureStage signature = new SignatureStage();
        signature.verifier = verifier;
        QrStage qr = new QrStage();
        qr.verifier = verifier;
        List<ValidationStage> all = new ArrayList<>(packStages());
        all.addAll(List.of(signature, qr, new PihStage()));
        return all;
    }

    static ValidationService service(List<ValidationStage> stages, CompiledRulePack pack, Clock clock) {
        return new ValidationService(stages, () -> new ActiveRulePack.Active(pack, null), clock);
    }

    /** All six stages on the SDK folder's pack, at {@link #CLOCK}. */
    static ValidationService service() {
        return service(allStages(), directoryPack(), CLOCK);
    }

    /** Only the XSD, EN and KSA stages on the SDK folder's pack: for tests about the rules alone. */
    static ValidationService rulesOnly(CompiledRulePack pack, Clock clock) {
        return service(packStages(), pack, clock);
    }
}
