package sa.fatoora.gateway.validation.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import sa.fatoora.gateway.invoice.control.InvoicePreparation;
import sa.fatoora.gateway.invoice.control.SampleFixtures;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.signing.control.InvoiceSigner;
import sa.fatoora.gateway.signing.control.SigningIdentity;

/**
 * Signed invoices of any number of lines, made by the product's own pipeline from examples/invoices JSON and signed
 * with the SDK's dummy certificate: what utilities and distributors send as summary invoices and statements. Lines
 * cycle through the example's own lines.
 */
final class LargeDocuments {

    private static final InvoicePreparation PREPARATION = new InvoicePreparation(SampleFixtures.CLOCK);
    private static final InvoiceSigner SIGNER = new InvoiceSigner();
    private static SigningIdentity identity;

    private LargeDocuments() {}

    /** The example with {@code lines} lines (0: as many as the example has). */
    static byte[] signed(String example, int lines) {
        JsonObject base = json(example);
        JsonArrayBuilder all = Json.createArrayBuilder();
        var template = base.getJsonArray("lines");
        int count = lines == 0 ? template.size() : lines;
        for (int i = 0; i < count; i++) {
            JsonObject line = template.getJsonObject(i % template.size());
            all.add(Json.createObjectBuilder(line).add("id", Integer.toString(i + 1)));
        }
        String request =
                Json.createObjectBuilder(base).add("lines", all).build().toString();
        InvoiceRequest parsed = SampleFixtures.JSONB.fromJson(request, InvoiceRequest.class);
        var unsigned = PREPARATION.prepare(
                parsed,
                SampleFixtures.SELLER,
                new ChainPosition(1, ChainPosition.FIRST_PREVIOUS_HASH),
                UUID.nameUUIDFromBytes((example + lines).getBytes()));
        return SIGNER.sign(unsigned.xml(), identity(), LocalDateTime.of(2025, 7, 1, 12, 0, 0))
                .xml();
    }

    private static JsonObject json(String example) {
        try (var reader = Json.createReader(
                new StringReader(Files.readString(Path.of("examples/invoices", example + ".json"))))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized SigningIdentity identity() {
        if (identity == null) {
            try {
                Path certificates = SdkData.dir().resolve("Certificates");
                identity = SigningIdentity.fromPem(
                        Files.readString(certificates.resolve("cert.pem")),
                        Files.readString(certificates.resolve("ec-secp256k1-priv-key.pem")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return identity;
    }
}
