package sa.fatoora.gateway.validation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.testing.Api;

/** Golden test over HTTP: ZATCA's 19 signed SDK samples (../shared/zatca-sdk/Data/Samples) pass every stage. */
@Tag("dates")
class ValidationIT {

    static final String INITIAL_PIH =
            "NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==";
    static String key;

    @BeforeAll
    static void tenant() {
        key = Api.newTenant().key();
    }

    static Stream<Path> samples() throws IOException {
        Path dir = Path.of(System.getProperty("zatca.sdk.dir"), "Data", "Samples");
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> xml =
                    files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertEquals(19, xml.size(), "the SDK ships 19 signed samples");
            return xml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySamplePassesEveryStage(Path sample) throws IOException {
        Api.Reply r = Api.post(
                "/api/v1/validation?pih=" + INITIAL_PIH.replace("=", "%3D"),
                key,
                "application/xml",
                Files.readString(sample, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r::toString);
        JsonObject report = r.object();
        Map<String, JsonObject> stages = stages(report);
        for (String stage : List.of("XSD", "EN", "KSA", "SIGNATURE", "QR", "PIH")) {
            JsonObject s = stages.get(stage);
            assertEquals("PASSED", s.getString("status"), () -> stage + ": " + s);
            assertTrue(!s.containsKey("errors") || s.getJsonArray("errors").isEmpty(), () -> stage + ": " + s);
        }
        assertTrue(report.getBoolean("valid"), report::toString);
        assertTrue(report.getBoolean("pihChecked"), report::toString);
        assertEquals(44, report.getString("invoiceHash").length(), "base64 of a SHA-256");
        // the ITs' server points zatca.sdk.data.dir at the SDK beside the clone: the default pack is that folder
        JsonObject pack = report.getJsonObject("rulePack");
        assertEquals(64, pack.getString("digest").length(), report::toString);
        assertTrue(List.of("DIRECTORY", "UPLOADED", "BUILT_IN").contains(pack.getString("source")), report::toString);
        // the SDK's rules in their linear form, checked against the plain form on the SDK's samples at start
        assertTrue(pack.getBoolean("optimized"), report::toString);
    }

    @Test
    void withoutPihTheChainLinkIsNotCheckedAndTheReportSaysSo() throws IOException {
        String xml = Files.readString(samples().findFirst().orElseThrow(), StandardCharsets.UTF_8);
        JsonObject report =
                Api.post("/api/v1/validation", key, "application/xml", xml).object();

        assertTrue(report.getBoolean("valid"), report::toString);
        assertFalse(report.getBoolean("pihChecked"), report::toString);
        assertEquals("PASSED", stages(report).get("PIH").getString("status"));
        assertTrue(stages(report).get("PIH").getJsonArray("warnings").isEmpty(), report::toString);
    }

    @Test
    void aTamperedAmountFailsTheSignatureStage() throws IOException {
        String xml = Files.readString(
                samples()
                        .filter(p -> p.endsWith("Standard_Invoice.xml"))
                        .findFirst()
                        .orElseThrow(),
                StandardCharsets.UTF_8);
        String tampered = xml.replaceFirst(
                "<cbc:PayableAmount currencyID=\"SAR\">([0-9.]+)</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"SAR\">1.00</cbc:PayableAmount>");
        assertFalse(tampered.equals(xml));
        JsonObject report =
                Api.post("/api/v1/validation", key, "application/xml", tampered).object();
        assertFalse(report.getBoolean("valid"));
        assertEquals("FAILED", stages(report).get("SIGNATURE").getString("status"), report::toString);
    }

    @Test
    void aWrongPreviousHashFailsThePihStage() throws IOException {
        String xml = Files.readString(samples().findFirst().orElseThrow(), StandardCharsets.UTF_8);
        String otherHash = "V4U5qlZ3yXQ/Si1AC/R8SLc3F+iNy27wdVe8IWRqFAQ=";
        JsonObject report = Api.post(
                        "/api/v1/validation?pih="
                                + otherHash
                                        .replace("+", "%2B")
                                        .replace("/", "%2F")
                                        .replace("=", "%3D"),
                        key,
                        "application/xml",
                        xml)
                .object();
        assertEquals("FAILED", stages(report).get("PIH").getString("status"), report::toString);
        assertFalse(report.getBoolean("valid"));
    }

    @Test
    void unsafeXmlIsRefusedWith400() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>";
        assertProblem(Api.post("/api/v1/validation", key, "application/xml", xxe), 400, "XML_REJECTED");
        assertProblem(Api.post("/api/v1/validation", key, "application/xml", "<a><b></a>"), 400, "XML_REJECTED");
    }

    @Test
    void needsAKeyAndXml() {
        assertProblem(Api.post("/api/v1/validation", null, "application/xml", "<a/>"), 401, "UNAUTHORIZED");
        assertProblem(Api.post("/api/v1/validation", key, "application/json", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    static Map<String, JsonObject> stages(JsonObject report) {
        return report.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("stage"), Function.identity()));
    }
}
