package sa.fatoora.gateway.invoice.jmh;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
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
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;
import sa.fatoora.gateway.signing.entity.SignedInvoice;

/**
 * The whole document pipeline on one thread: the request JSON bound with JSON-B, validated, totals computed, UBL
 * written, hashed, stamped and given its QR. The invoice is examples/invoices/simplified-invoice.json with its line
 * repeated as lines 1..10; it is signed with the SDK's dummy certificate and key (Data/Certificates).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

    private static final Seller SELLER = new Seller(
            "Maximum Speed Tech Supply LTD",
            "399999999900003",
            new PartyId("CRN", "1010010000"),
            new PostalAddress("Prince Sultan", null, "2322", "Al-Murabba", "Riyadh", "23333", "SA"));

    private final InvoicePreparation preparation = new InvoicePreparation();
    private final InvoiceSigner signer = new InvoiceSigner();
    private final ChainPosition chain = new ChainPosition(42, ChainPosition.FIRST_PREVIOUS_HASH);
    private final Jsonb jsonb =
            JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

    private SigningIdentity identity;
    private String tenLineJson;
    private InvoiceRequest tenLineRequest;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of(System.getProperty("zatca.sdk.dir", "../shared/zatca-sdk"), "Data");
        identity = SigningIdentity.fromPem(
                Files.readString(data.resolve("Certificates/cert.pem")),
                Files.readString(data.resolve("Certificates/ec-secp256k1-priv-key.pem")));
        JsonObject example = Json.createReader(
                        new StringReader(Files.readString(Path.of("examples/invoices/simplified-invoice.json"))))
                .readObject();
        JsonObject line = example.getJsonArray("lines").getJsonObject(0);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 1; i <= 10; i++) {
            lines.add(Json.createObjectBuilder(line).add("id", String.valueOf(i)));
        }
        tenLineJson = Json.createObjectBuilder(example)
                .remove("issueDate")
                .remove("issueTime")
                .add("lines", lines)
                .build()
                .toString();
        tenLineRequest = jsonb.fromJson(tenLineJson, InvoiceRequest.class);
    }

    /** JSON text to signed XML: what one invoice costs the gateway before it talks to ZATCA. */
    @Benchmark
    public SignedInvoice jsonToSignedXml() {
        InvoiceRequest request = jsonb.fromJson(tenLineJson, InvoiceRequest.class);
        return signer.sign(
                preparation.prepare(request, SELLER, chain, UUID.randomUUID()).xml(), identity);
    }

    /** Validation, totals and UBL writing alone (no JSON binding, no signing). */
    @Benchmark
    public byte[] prepareUnsigned() {
        return preparation
                .prepare(tenLineRequest, SELLER, chain, UUID.randomUUID())
                .xml();
    }
}
