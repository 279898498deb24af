package sa.fatoora.gateway.validation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ZATCA SDK's reference data (read in place, never copied) and validation stages wired to it without a
 * container. The compiled stages are shared by all test classes: compiling the schematrons takes seconds.
 */
final class SdkData {

    private static List<ValidationStage> shared;

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

    /** XSD, EN and KSA stages reading rules from {@code dataDir} (empty: not configured); new, so not compiled. */
    static List<ValidationStage> stages(Optional<String> dataDir) {
        RulesDirectory rules = rules(dataDir);
        XsdStage xsd = new XsdStage();
        xsd.rules = rules;
        EnSchematronStage en = new EnSchematronStage();
        en.rules = rules;
        KsaSchematronStage ksa = new KsaSchematronStage();
        ksa.rules = rules;
        return List.of(xsd, en, ksa);
    }

    /** All six stages, the rule-based ones on the real SDK data, as the server runs them. */
    static ValidationService allStagesService() {
        sa.fatoora.gateway.signing.control.SignatureVerifier verifier =
                new sa.fatoora.gateway.signing.control.SignatureVerifier();
        SignatureStage signature = new SignatureStage();
        signature.verifier = verifier;
        QrStage qr = new QrStage();
        qr.verifier = verifier;
        List<ValidationStage> all = new java.util.ArrayList<>(configuredStages());
        all.addAll(List.of(signature, qr, new PihStage()));
        return new ValidationService(all);
    }

    /** The stages on the real SDK data, compiled once per test run. */
    static synchronized List<ValidationStage> configuredStages() {
        if (shared == null) {
            shared = stages(Optional.of(dir().toString()));
        }
        return shared;
    }

    static ValidationService service() {
        return new ValidationService(configuredStages());
    }
}
