package sa.fatoora.gateway.pdf.jmh;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.invoice.entity.PartyId;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.invoice.entity.Seller;
import sa.fatoora.gateway.pdf.control.InvoicePdfRenderer;
import sa.fatoora.gateway.pdf.entity.DocumentState;
import sa.fatoora.gateway.pdf.entity.PdfLook;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;

/**
 * Signed XML to PDF/A-3b on one thread: parse, read, lay out, subset and embed the font, draw the QR, embed the XML,
 * write. The documents are examples/invoices/simplified-invoice.json with its line repeated 10 and 500 times, signed
 * with the SDK's dummy certificate (Data/Certificates); an Arabic seller name and line names make the shaping and bidi
 * work on every line.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PdfBenchmark {

    private static final Seller SELLER = new Seller(
            "شركة توريد التكنولوجيا بأقصى سرعة المحدودة | Maximum Speed Tech Supply LTD",
            "399999999900003",
            new PartyId("CRN", "1010010000"),
            new PostalAddress("الامير سلطان | Prince Sultan", null, "2322", "Al-Murabba", "Riyadh", "23333", "SA"));

    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(Clock.systemUTC());

    private byte[] tenLines;
    private byte[] fiveHundredLines;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data");
        SigningIdentity identity = SigningIdentity.fromPem(
                Files.readString(data.resolve("Certificates/cert.pem")),
                Files.readString(data.resolve("Certificates/ec-secp256k1-priv-key.pem")));
        tenLines = signed(10, identity);
        fiveHundredLines = signed(500, identity);
    }

    private static byte[] signed(int lineCount, SigningIdentity identity) throws IOException {
        JsonObject example = Json.createReader(
                        new StringReader(Files.readString(Path.of("examples/invoices/simplified-invoice.json"))))
                .readObject();
        JsonObject line = example.getJsonArray("lines").getJsonObject(0);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 1; i <= lineCount; i++) {
            lines.add(
                    Json.createObjectBuilder(line).add("id", String.valueOf(i)).add("name", "قلم رصاص | Pencil " + i));
        }
        String json = Json.createObjectBuilder(example)
                .remove("issueDate")
                .remove("issueTime")
                .add("lines", lines)
                .build()
                .toString();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            InvoiceRequest request = jsonb.fromJson(json, InvoiceRequest.class);
            byte[] unsigned = new InvoicePreparation()
                    .prepare(
                            request,
                            SELLER,
                            new ChainPosition(42, ChainPosition.FIRST_PREVIOUS_HASH),
                            UUID.randomUUID())
                    .xml();
            return new InvoiceSigner().sign(unsigned, identity).xml();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** PDFs per second for a 10-line invoice (goal: at least 200/s on one thread). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public byte[] tenLinePdf() {
        return renderer.render(tenLines, DocumentState.REPORTED, PdfLook.DEFAULT);
    }

    /** Milliseconds for a 500-line invoice (about 20 pages; goal: under 500 ms). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] fiveHundredLinePdf() {
        return renderer.render(fiveHundredLines, DocumentState.REPORTED, PdfLook.DEFAULT);
    }
}
