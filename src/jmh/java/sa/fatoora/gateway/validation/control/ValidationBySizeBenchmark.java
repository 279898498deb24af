package sa.fatoora.gateway.validation.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.PartyId;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * One validation stage on one signed simplified invoice of {@code lines} lines (examples/invoices/simplified-invoice
 * .json's lines repeated), with ZATCA SDK 3.4.8's rules (../shared/zatca-sdk/Data) in their plain form as ZATCA
 * ships them or in the linear form (StylesheetOptimizer). Single shots: the plain form takes minutes at 10,000
 * lines. Run, e.g.: {@code java -jar target/fatoora-gateway-benchmarks.jar ValidationBySize -p form=linear}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ValidationBySizeBenchmark {

    @Param({"10", "100", "1000", "5000", "10000"})
    int lines;

    @Param({"plain", "linear"})
    String form;

    @Param({"XSD", "EN", "KSA"})
    String stage;

    private ValidationStage validationStage;
    private ValidationContext context;

    @Setup(Level.Trial)
    public void setUp() throws IOException, RulesUnavailableException {
        Path data = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data");
        RulesDirectory rules = new RulesDirectory();
        rules.dataDir = Optional.of(data.toString());
        RulePackFiles files = rules.load();
        Instant at = Instant.parse("2026-12-06T09:00:00Z");
        CompiledRulePack pack = form.equals("plain")
                ? RulePackCompiler.compilePlain(rules.info(files), files)
                : RulePackCompiler.compile(rules.info(files), files, at);
        if (form.equals("linear") != pack.info().optimized()) {
            throw new IllegalStateException("the pack is not in its " + form + " form");
        }
        validationStage = switch (stage) {
            case "XSD" -> new XsdStage();
            case "EN" -> new EnSchematronStage();
            default -> new KsaSchematronStage();
        };
        byte[] xml = document(data, lines);
        Document dom = SecureXml.parse(xml, xml.length + 1);
        context = new ValidationContext(xml, dom, null, at, pack, null);
    }

    @Benchmark
    public StageResult validate() {
        StageResult result = validationStage.run(context);
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("the document must be valid: " + result);
        }
        return result;
    }

    static byte[] document(Path data, int lines) throws IOException {
        JsonObject example = Json.createReader(
                        new StringReader(Files.readString(Path.of("examples/invoices/simplified-invoice.json"))))
                .readObject();
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (int i = 0; i < lines; i++) {
            JsonObject line = example.getJsonArray("lines")
                    .getJsonObject(i % example.getJsonArray("lines").size());
            all.add(Json.createObjectBuilder(line).add("id", String.valueOf(i + 1)));
        }
        InvoiceRequest request = JsonbBuilder.create()
                .fromJson(
                        Json.createObjectBuilder(example)
                                .add("lines", all)
                                .build()
                                .toString(),
                        InvoiceRequest.class);
        Seller seller = new Seller(
                "Maximum Speed Tech Supply LTD",
                "399999999900003",
                new PartyId("CRN", "1010010000"),
                new PostalAddress("Prince Sultan", null, "2322", "Al-Murabba", "Riyadh", "23333", "SA"));
        Clock clock = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneOffset.UTC);
        byte[] unsigned = new InvoicePreparation(clock)
                .prepare(request, seller, new ChainPosition(1, ChainPosition.FIRST_PREVIOUS_HASH), UUID.randomUUID())
                .xml();
        SigningIdentity identity = SigningIdentity.fromPem(
                Files.readString(data.resolve("Certificates/cert.pem")),
                Files.readString(data.resolve("Certificates/ec-secp256k1-priv-key.pem")));
        return new InvoiceSigner()
                .sign(unsigned, identity, LocalDateTime.of(2025, 7, 1, 12, 0))
                .xml();
    }
}
