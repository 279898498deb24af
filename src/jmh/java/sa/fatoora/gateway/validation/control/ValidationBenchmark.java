package sa.fatoora.gateway.validation.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import sa.fatoora.gateway.signing.control.SignatureVerifier;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/**
 * One full local validation (secure parse, XSD, EN 16931 and KSA schematrons, signature, QR, PIH) of the SDK's
 * signed Standard_Invoice.xml, on one thread, as POST /api/v1/validation runs it. Lives in the validation package to
 * wire the stages as the container does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

    private ValidationService service;
    private byte[] document;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data");
        RulesDirectory rules = new RulesDirectory();
        rules.dataDir = Optional.of(data.toString());
        CompiledRulePack pack;
        try {
            RulePackFiles files = rules.load();
            pack = RulePackCompiler.compile(rules.info(files), files, java.time.Instant.parse("2026-12-06T09:00:00Z"));
        } catch (RulesUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        SignatureVerifier verifier = new SignatureVerifier();
        SignatureStage signature = new SignatureStage();
        signature.verifier = verifier;
        QrStage qr = new QrStage();
        qr.verifier = verifier;
        service = new ValidationService(
                List.of(
                        new XsdStage(),
                        new EnSchematronStage(),
                        new KsaSchematronStage(),
                        signature,
                        qr,
                        new PihStage()),
                () -> new ActiveRulePack.Active(pack, null),
                Clock.systemUTC());
        document = Files.readAllBytes(data.resolve("Samples/Standard/Invoice/Standard_Invoice.xml"));
        if (!service.validate(document, PihStage.FIRST_PIH).valid()) {
            throw new IllegalStateException("the sample must validate before it is measured");
        }
    }

    @Benchmark
    public ValidationReport validateOneDocument() {
        return service.validate(document, PihStage.FIRST_PIH);
    }
}
