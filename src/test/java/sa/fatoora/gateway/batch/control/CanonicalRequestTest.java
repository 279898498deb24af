package sa.fatoora.gateway.batch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.control.Idempotency;
import sa.fatoora.gateway.invoice.entity.InvoiceRequest;
import sa.fatoora.gateway.platform.boundary.JsonbConfigResolver;

/**
 * A batch item is bound with the API's strict JSON-B when the body is read and stored in Idempotency's canonical
 * form; the processor binds that form again. Every example invoice must come back equal, with the same digest a
 * single request of it gets (so a batch item and a single request with one key are the same request).
 */
class CanonicalRequestTest {

    private static final Jsonb STRICT = new JsonbConfigResolver().getContext(InvoiceRequest.class);
    private static final Jsonb DEFAULT = JsonbBuilder.create();

    @Test
    void everyExampleInvoiceSurvivesTheCanonicalRoundTrip() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples/invoices"))) {
            examples =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(examples.size() >= 15, "examples: " + examples);
        for (Path example : examples) {
            String json = Files.readString(example);
            InvoiceRequest bound = STRICT.fromJson(json, InvoiceRequest.class);
            String canonical = Idempotency.canonicalJson(bound);
            InvoiceRequest again = DEFAULT.fromJson(canonical, InvoiceRequest.class);
            assertEquals(bound, again, example.toString());
            assertEquals(canonical, Idempotency.canonicalJson(again), example.toString());
        }
    }
}
