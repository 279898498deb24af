package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Hostile.assertHealthy;
import static sa.fatoora.gateway.testing.Hostile.assertRefused;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Hostile;

/**
 * Hostile invoices against POST /api/v1/invoices (JSON and XML) and the read endpoints' parameters. Every attack is
 * a 4xx problem without internals, and nothing of the unit moves: the tenant still has its one document after each
 * attack, and the next valid invoice (at the end) takes ICV 2 with the first document's hash as its PIH, so no
 * attack took a chain position, not even one rolled back.
 */
class InvoiceHostileInputIT {

    static final String PATH = "/api/v1/invoices";
    static Api.Tenant tenant;
    static long unit;
    static JsonObject first;

    @BeforeAll
    static void unitWithItsFirstDocument() {
        tenant = Api.newTenant();
        unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        Api.Reply r = Api.post(PATH, tenant.key(), valid("simplified-invoice", b -> b));
        assertEquals(201, r.status(), r::toString);
        first = r.object();
        assertEquals(1, first.getInt("icv"));
    }

    @AfterEach
    void nothingStored() {
        JsonObject page = Api.get(PATH, tenant.key()).object();
        assertEquals(1, page.getJsonNumber("total").longValue(), page::toString);
    }

    @AfterAll
    static void theChainContinuesWhereItWas() {
        assertHealthy();
        Api.Reply r = Api.post(PATH, tenant.key(), valid("standard-invoice", b -> b));
        assertEquals(201, r.status(), r::toString);
        assertEquals(2, r.object().getInt("icv"), r::toString);
        assertEquals(first.getString("invoiceHash"), r.object().getString("previousInvoiceHash"));
    }

    /** examples/invoices/{name}.json (each reproduces an SDK sample) for the unit, issued now, a fresh number. */
    static String valid(String example, UnaryOperator<JsonObjectBuilder> edit) {
        try (var reader = Json.createReader(
                new StringReader(Files.readString(Path.of("examples/invoices", example + ".json"))))) {
            JsonObjectBuilder b = Json.createObjectBuilder(reader.readObject())
                    .remove("issueDate")
                    .remove("issueTime")
                    .add("id", "HOSTILE-" + UUID.randomUUID())
                    .add("egsUnitId", unit);
            return edit.apply(b).build().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Reply issue(String json) {
        return Api.post(PATH, tenant.key(), json);
    }

    @Test
    void tenThousandLinesAreRefusedBeforeAnythingIsSigned() {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 1; i <= 10_000; i++) {
            lines.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(i))
                    .add("name", "Pencil")
                    .add("quantity", 2)
                    .add("netPrice", 2.00)
                    .add("vatCategory", "S")
                    .add("vatRate", 15));
        }
        var p = assertRefused(issue(valid("simplified-invoice", b -> b.add("lines", lines))), 400, "VALIDATION_FAILED");
        assertEquals("/lines", p.getJsonArray("errors").getJsonObject(0).getString("pointer"), p::toString);
    }

    @Test
    void aDocumentTooLargeForOneFatooraRequestIsRefusedAndUsesNoChainPosition() {
        // 5,000 lines (the most allowed) with 1,000-character names: 6 MB of JSON, about 9.5 MB of signed XML,
        // 12.6 MB in base64, over ZATCA's 10 MB per request. The check runs on the signed bytes, under the chain
        // lock, and rolls back: @AfterEach sees one document, and the last test's invoice takes ICV 2.
        String name = "Pencil ".repeat(143).substring(0, 1000);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 1; i <= 5_000; i++) {
            lines.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(i))
                    .add("name", name)
                    .add("quantity", 2)
                    .add("netPrice", 2.00)
                    .add("vatCategory", "S")
                    .add("vatRate", 15));
        }
        var p = assertRefused(
                issue(valid("simplified-invoice", b -> b.add("lines", lines))), 413, "DOCUMENT_TOO_LARGE");
        assertTrue(p.getString("detail").contains("ZATCA takes at most 10 MB per request"), p::toString);
    }

    @ParameterizedTest(name = "buyer VAT {0}")
    @ValueSource(
            strings = {
                "12345",
                "399999999800004",
                "299999999800003",
                "39999999980000A",
                "3999999998000033",
                "\u0663\u0669\u0669\u0669\u0669\u0669\u0669\u0669\u0669\u0668\u0660\u0660\u0660\u0660\u0663"
            })
    void invalidBuyerVatNumbers(String vat) {
        var p = assertRefused(
                issue(valid(
                        "standard-invoice",
                        b -> b.add(
                                "buyer",
                                Json.createObjectBuilder(
                                                first("standard-invoice").getJsonObject("buyer"))
                                        .add("vatNumber", vat)))),
                400,
                "VALIDATION_FAILED");
        assertTrue(p.toString().contains("/buyer/vatNumber"), p::toString);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "issueDate|2023-02-30",
                "issueDate|17/08/2022",
                "issueDate|2022-08-17T00:00:00",
                "issueDate|yesterday",
                "issueDate|+999999999-12-31",
                "issueTime|25:00:00",
                "supplyDate|0000-00-00",
                "supplyEndDate|2022-13-01"
            })
    void datesThatAreNotDates(String field, String value) {
        String json = valid("standard-invoice", b -> b.add("issueDate", "2022-09-07")
                .add("issueTime", "12:21:28")
                .add(field, value));
        Api.Reply r = issue(json);
        assertEquals(400, r.status(), r::toString);
        assertRefused(r);
    }

    @Test
    void datesThatBreakTheRules() {
        assertRefused(
                issue(valid("simplified-invoice", b -> b.add("issueDate", "2999-01-01")
                        .add("issueTime", "10:00:00"))),
                400,
                "VALIDATION_FAILED");
        assertRefused(
                issue(valid("simplified-invoice", b -> b.add("issueDate", "2022-08-17"))), 400, "VALIDATION_FAILED");
        assertRefused(
                issue(valid("standard-invoice", b -> b.add("supplyDate", "2022-09-07")
                        .add("supplyEndDate", "2022-09-01"))),
                400,
                "VALIDATION_FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "\"quantity\": \"two\"",
                "\"quantity\": -2",
                "\"quantity\": 1e19",
                "\"netPrice\": 0.000000000000000000001",
                "\"netPrice\": 1e999999999",
                "\"vatRate\": true",
                "\"vatCategory\": [\"S\"]",
                "\"name\": {\"ar\": \"x\"}",
                "\"unitCode\": \"PCE\\u0000\"",
                "\"id\": null"
            })
    void linesWithWrongValues(String replacement) {
        String json = valid("simplified-invoice", b -> b);
        String field = replacement.substring(0, replacement.indexOf(':'));
        String attacked = json.replaceFirst(
                java.util.regex.Pattern.quote(field) + ":[^,}]+",
                java.util.regex.Matcher.quoteReplacement(replacement));
        assertTrue(!attacked.equals(json), attacked);
        Api.Reply r = issue(attacked);
        assertEquals(400, r.status(), r::toString);
        assertRefused(r);
    }

    @ParameterizedTest(name = "lines = {0}")
    @ValueSource(strings = {"{}", "\"x\"", "[null]", "[[]]", "null", "[]"})
    void linesThatAreNotLines(String lines) {
        String json = valid("simplified-invoice", b -> b.remove("lines"));
        Api.Reply r = issue(json.substring(0, json.length() - 1) + ",\"lines\":" + lines + "}");
        assertEquals(400, r.status(), r::toString);
        assertRefused(r);
    }

    @ParameterizedTest(name = "egsUnitId {0}")
    @ValueSource(strings = {"\"1\"", "1.5", "1e999999999", "9223372036854775808", "-1", "true", "[1]"})
    void unitIdsThatAreNotUnits(String id) {
        String json = valid("simplified-invoice", b -> b.remove("egsUnitId"));
        Api.Reply r = issue(json.substring(0, json.length() - 1) + ",\"egsUnitId\":" + id + "}");
        assertRefused(r);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Idempotency-Key|two words",
                "Idempotency-Key|k",
                "Prefer|wait=soon",
                "Prefer|wait=99999999999999999999999"
            })
    void headersThatMakeNoSense(String header, String value) {
        // "k" stands for a 5,000 character key
        String sent = value.equals("k") ? "k".repeat(5000) : value;
        HttpRequest request = Api.request(PATH, tenant.key())
                .header("Content-Type", "application/json")
                .header(header, sent)
                .POST(HttpRequest.BodyPublishers.ofString(valid("simplified-invoice", b -> b)))
                .build();
        assertRefused(Api.send(request), 400, "VALIDATION_FAILED");
    }

    @Test
    void anActionThatDoesNotExist() {
        assertRefused(
                Api.post(PATH + "?action=shred", tenant.key(), valid("simplified-invoice", b -> b)),
                400,
                "VALIDATION_FAILED");
    }

    static java.util.stream.Stream<Arguments> rejectedXml() {
        return Hostile.rejectedXml().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedXml")
    void unsafeOrBrokenXmlIsRejected(String name, byte[] xml) {
        assertRefused(issueXml(xml), 400, "XML_REJECTED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>",
                "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"/>",
                "<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></a>"
            })
    void wellFormedXmlThatIsNoInvoice(String xml) {
        assertRefused(issueXml(xml.getBytes(StandardCharsets.UTF_8)), 400, "VALIDATION_FAILED");
    }

    static Api.Reply issueXml(byte[] xml) {
        return Api.send(Api.request(PATH + "?egsUnitId=" + unit, tenant.key())
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml))
                .build());
    }

    @Test
    void aSignedDocumentIsNotReissued() throws IOException {
        Path sample =
                Path.of(System.getProperty("zatca.sdk.dir"), "Data/Samples/Simplified/Invoice/Simplified_Invoice.xml");
        assertRefused(
                Api.post(PATH + "?egsUnitId=" + unit, tenant.key(), "application/xml", Files.readString(sample)),
                400,
                "INVOICE_ALREADY_SIGNED");
    }

    @ParameterizedTest(name = "known length {0}")
    @ValueSource(booleans = {true, false})
    void fiftyMegabytesOfXmlAre413(boolean knownLength) {
        Api.Reply r = Hostile.fiftyMegabytesOfXml(PATH + "?egsUnitId=" + unit, tenant.key(), knownLength);
        assertRefused(r, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void fiftyMegabytesOfJsonAre413() {
        Api.Reply r =
                Hostile.fiftyMegabytes(PATH, tenant.key(), "application/json", "{\"id\":\"", (byte) 'a', "\"}", false);
        assertRefused(r, 413, "PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "?page=2147483647&size=100",
                "?page=-1",
                "?size=0",
                "?size=101",
                "?status=SHREDDED",
                "?from=2023-02-30",
                "?to=yesterday"
            })
    void listParametersThatMakeNoSense(String query) {
        assertRefused(Api.get(PATH + query, tenant.key()), 400, "VALIDATION_FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"?format=pdf", "?format=png&size=99999", "?format=png&size=-5"})
    void qrParametersThatMakeNoSense(String query) {
        long id = first.getJsonNumber("id").longValue();
        assertRefused(Api.get(PATH + "/" + id + "/qr" + query, tenant.key()), 400, "VALIDATION_FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/abc", "/99999999999999999999999", "/-1", "/1.5", "/%20", "/abc/xml", "/abc/qr"})
    void idsThatAreNotIds(String path) {
        assertRefused(Api.get(PATH + path, tenant.key()), 404, "NOT_FOUND");
    }

    private static JsonObject first(String example) {
        try (var reader = Json.createReader(
                new StringReader(Files.readString(Path.of("examples/invoices", example + ".json"))))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
