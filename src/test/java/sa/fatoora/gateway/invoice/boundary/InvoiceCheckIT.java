package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/** The invoice JSON model over HTTP: every example in examples/invoices is accepted for a unit with the samples' seller. */
class InvoiceCheckIT {

    static Api.Tenant tenant;
    static long unitId;

    @BeforeAll
    static void unit() {
        tenant = Api.newTenant();
        unitId = Api.post("/api/v1/egs-units", tenant.key(), Fixtures.egsUnit("check-unit"))
                .object()
                .getJsonNumber("id")
                .longValue();
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples/invoices"))) {
            List<Path> json =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertTrue(json.size() >= 10, "one example per document kind");
            return json.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsAcceptedWithItsTotals(Path example) throws IOException {
        Api.Reply r = check(unitId, Files.readString(example));
        assertEquals(200, r.status(), r::toString);
        JsonObject totals = r.object();
        assertTrue(totals.getJsonNumber("payableAmount").bigDecimalValue().signum() >= 0, totals::toString);
        assertTrue(totals.getJsonArray("vatBreakdown").size() >= 1, totals::toString);
    }

    @Test
    void everyProblemIsListedAtOnce() {
        String bad =
                """
                {"documentType": "CREDIT_NOTE", "subtype": "STANDARD", "id": "X1",
                 "lines": [{"id": "1", "name": "x", "quantity": -2, "unitCode": "PCE", "netPrice": 10,
                            "vatCategory": "Q", "vatRate": 15}]}""";
        var problem = assertProblem(check(unitId, bad), 400, "VALIDATION_FAILED");
        List<String> pointers = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer"))
                .toList();
        for (String expected : List.of("/billingReference", "/reason", "/lines/0/quantity", "/lines/0/vatCategory")) {
            assertTrue(pointers.contains(expected), () -> expected + " missing from " + pointers);
        }
    }

    @Test
    void clientTotalsThatDisagreeAreNamed() throws IOException {
        String json = Files.readString(Path.of("examples/invoices/simplified-invoice.json"));
        String withTotals = json.substring(0, json.lastIndexOf('}'))
                + ", \"totals\": {\"payableAmount\": 1.00, \"taxAmount\": 2.00}}";
        var problem = assertProblem(check(unitId, withTotals), 400, "TOTALS_MISMATCH");
        List<String> pointers = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer"))
                .toList();
        assertEquals(
                List.of("/totals/payableAmount", "/totals/taxAmount"),
                pointers.stream().sorted().toList());
    }

    @Test
    void anotherTenantsUnitIsNotFound() throws IOException {
        var other = Api.newTenant();
        assertProblem(
                Api.post(
                        "/api/v1/invoices/check?egsUnitId=" + unitId,
                        other.key(),
                        Files.readString(Path.of("examples/invoices/simplified-invoice.json"))),
                404,
                "NOT_FOUND");
    }

    @Test
    void theUnitIsRequired() {
        assertProblem(Api.post("/api/v1/invoices/check", tenant.key(), "{}"), 400, "VALIDATION_FAILED");
    }

    static Api.Reply check(long unit, String json) {
        return Api.post("/api/v1/invoices/check?egsUnitId=" + unit, tenant.key(), json);
    }
}
