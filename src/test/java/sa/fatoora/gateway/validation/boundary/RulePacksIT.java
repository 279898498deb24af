package sa.fatoora.gateway.validation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.SdkZips;

/**
 * Rule packs over HTTP: what is active, uploading ZATCA's SDK zip (made at test time from the SDK beside the clone),
 * refusing broken and hostile zips without changing anything, switching packs, and every instance following the
 * database's choice. Leaves the server on the pack it found, so the other ITs see the same rules.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulePacksIT {

    private static final String PACKS = "/api/v1/admin/rule-packs";
    private static String key;
    private static String initiallyActive;

    @BeforeAll
    static void start() {
        key = Api.newTenant().key();
        initiallyActive = active().getString("id");
    }

    @AfterAll
    static void restore() {
        Api.Reply r = put(initiallyActive);
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    @Order(1)
    void listsTheBuiltInPackAndTheConfiguredFolder() {
        Api.Reply r = Api.get(PACKS, Api.ADMIN_KEY);
        assertEquals(200, r.status(), r::toString);
        Map<String, JsonObject> packs = byId(r);
        JsonObject builtIn = packs.get("built-in");
        assertEquals("BUILT_IN", builtIn.getString("source"));
        assertEquals("2.3.8", builtIn.getString("version"));
        assertTrue(builtIn.getBoolean("available"));
        JsonObject folder = packs.get("directory");
        assertEquals("DIRECTORY", folder.getString("source"), r::toString);
        assertTrue(folder.getBoolean("available"), r::toString);
        assertEquals(19, folder.getInt("sampleCount"));
        assertEquals(
                1, packs.values().stream().filter(p -> p.getBoolean("active")).count(), r::toString);
    }

    @Test
    @Order(2)
    void readinessNamesTheActivePack() {
        JsonObject pack = active();
        Api.Reply health = Api.get("/health/ready", null);
        JsonObject check = health.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("rule-pack"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule-pack check in " + health));
        assertEquals("UP", check.getString("status"));
        assertEquals(pack.getString("id"), check.getJsonObject("data").getString("id"));
        assertEquals(pack.getString("digest"), check.getJsonObject("data").getString("digest"));
    }

    @Test
    @Order(3)
    void anSdkZipIsCheckedStoredAndMadeActive() {
        Api.Reply r = upload(SdkZips.sdk("zatca-einvoicing-sdk-238-R3.4.8"), "?version=3.4.8");
        assertTrue(r.status() == 201 || r.status() == 200, r::toString);
        JsonObject pack = r.object();
        assertEquals("UPLOADED", pack.getString("source"));
        assertEquals("3.4.8", pack.getString("version"), "a pack stored by an earlier run keeps its first label");
        assertEquals(19, pack.getInt("sampleCount"));
        assertTrue(pack.getBoolean("active"), r::toString);
        // the rules and schemas are the folder's, so the digest is the folder pack's
        assertEquals(
                byId(Api.get(PACKS, Api.ADMIN_KEY)).get("directory").getString("digest"), pack.getString("digest"));

        JsonObject report = validate("Standard_Invoice.xml");
        assertTrue(report.getBoolean("valid"), report::toString);
        assertEquals(pack.getString("id"), report.getJsonObject("rulePack").getString("id"), report::toString);
        assertEquals("UPLOADED", report.getJsonObject("rulePack").getString("source"));

        Api.Reply again = upload(SdkZips.sdk("another-top-folder"), "?version=3.4.8");
        assertEquals(200, again.status(), "the same pack again stores nothing new: " + again);
        assertEquals(pack.getString("id"), again.object().getString("id"));
    }

    @Test
    @Order(4)
    void aFormUploadWorksToo() {
        String boundary = "----fg" + UUID.randomUUID();
        byte[] zip = SdkZips.sdk("form-upload");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"activate\"\r\n\r\nfalse\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sdk.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        String before = active().getString("id");
        Api.Reply r = Api.send(Api.request(PACKS, Api.ADMIN_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, zip, tail)))
                .build());
        assertTrue(r.status() == 200 || r.status() == 201, r::toString);
        assertEquals("UPLOADED", r.object().getString("source"));
        assertEquals(before, active().getString("id"), "activate=false leaves the active pack alone");
    }

    @Test
    @Order(5)
    void brokenAndHostileZipsChangeNothing() throws Exception {
        List<JsonObject> before = list();
        Map<String, byte[]> traversal = new LinkedHashMap<>();
        traversal.put("Data/Rules/Schematrons/../../../../tmp/evil.xsl", "<x/>".getBytes());
        Map<String, byte[]> noRules = new LinkedHashMap<>();
        noRules.put("sdk/Readme/readme.md", "nothing here".getBytes());

        assertProblem(upload("not a zip at all".getBytes(), ""), 400, "RULE_PACK_REJECTED");
        assertProblem(upload(new byte[0], ""), 400, "RULE_PACK_REJECTED");
        assertProblem(upload(SdkZips.zip(traversal), ""), 400, "RULE_PACK_REJECTED");
        assertProblem(upload(SdkZips.zip(noRules), ""), 400, "RULE_PACK_REJECTED");
        assertProblem(upload(SdkZips.sdk("sdk"), "?activate=maybe"), 400, "VALIDATION_FAILED");

        // rules that reject ZATCA's own samples: a sample whose seller VAT number lost five digits
        JsonObject refused = assertProblem(
                upload(
                        SdkZips.sdk("sdk", files -> {
                            String sample = "Data/Samples/Standard/Invoice/Standard_Invoice.xml";
                            String xml = new String(files.get(sample), StandardCharsets.UTF_8)
                                    .replace(
                                            "<cbc:CompanyID>399999999900003</cbc:CompanyID>",
                                            "<cbc:CompanyID>3999999999</cbc:CompanyID>");
                            files.put(sample, xml.getBytes(StandardCharsets.UTF_8));
                            return files;
                        }),
                        ""),
                422,
                "RULE_PACK_NOT_USABLE");
        assertTrue(refused.getString("detail").contains("1 of its 19 sample"), refused::toString);
        JsonObject failure = refused.getJsonArray("errors").getJsonObject(0);
        assertEquals("Samples/Standard/Invoice/Standard_Invoice.xml", failure.getString("pointer"), refused::toString);
        assertTrue(failure.getString("message").contains("BR-KSA"), refused::toString);

        // a pack with no samples can't be tried before use
        JsonObject noSamples = assertProblem(
                upload(
                        SdkZips.sdk("sdk", files -> {
                            files.keySet().removeIf(p -> p.startsWith("Data/Samples/"));
                            return files;
                        }),
                        ""),
                422,
                "RULE_PACK_NOT_USABLE");
        assertTrue(noSamples.getString("detail").contains("no sample"), noSamples::toString);

        assertEquals(before, list(), "nothing was stored or switched");
    }

    @Test
    @Order(6)
    void switchingPacksChangesWhatReportsName() {
        assertEquals(200, put("built-in").status());
        JsonObject report = validate("Simplified_Invoice.xml");
        assertEquals("built-in", report.getJsonObject("rulePack").getString("id"), report::toString);
        assertEquals("2.3.8", report.getJsonObject("rulePack").getString("version"));
        assertTrue(report.getBoolean("valid"), report::toString);

        assertEquals(404, put("12345678").status());
        assertEquals(400, put(" ").status());
        assertEquals("built-in", active().getString("id"), "a failed switch leaves the pack in place");
    }

    /**
     * Another instance switches by writing the database: this one follows within fatoora.rule-packs.refresh-seconds
     * (2 s for the ITs). Only on PostgreSQL (CI's second pass): embedded Derby can't be opened beside the server.
     */
    @Test
    @Order(7)
    void everyInstanceFollowsTheDatabasesChoice() throws Exception {
        Assumptions.assumeTrue(System.getenv("FATOORA_DB_HOST") != null && isPostgres(), "PostgreSQL only");
        assertEquals(200, put("built-in").status());
        try (Connection c = postgres();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO fg_rule_pack_activation (id, packid, activatedat) "
                                + "VALUES ((SELECT COALESCE(MAX(id), 0) + 1000 FROM fg_rule_pack_activation), 'directory', now())")) {
            s.executeUpdate();
        }
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String id = "";
        while (System.nanoTime() < end && !id.equals("directory")) {
            Thread.sleep(250);
            id = validate("Standard_Invoice.xml").getJsonObject("rulePack").getString("id");
        }
        assertEquals("directory", id);
    }

    private static boolean isPostgres() {
        return Api.get("/health/ready", null).body().contains("PostgreSQL");
    }

    private static Connection postgres() throws Exception {
        String url = "jdbc:postgresql://" + env("FATOORA_DB_HOST", "127.0.0.1") + ":" + env("FATOORA_DB_PORT", "5432")
                + "/" + env("FATOORA_DB_NAME", "fatoora");
        return DriverManager.getConnection(
                url, env("FATOORA_DB_USER", "postgres"), System.getenv("FATOORA_DB_PASSWORD"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static JsonObject validate(String sample) {
        try {
            Path file;
            try (var walk = Files.walk(SdkZips.dataDir().resolve("Samples"))) {
                file = walk.filter(p -> p.getFileName().toString().equals(sample))
                        .findFirst()
                        .orElseThrow();
            }
            Api.Reply r = Api.post("/api/v1/validation", key, "application/xml", Files.readString(file));
            assertEquals(200, r.status(), r::toString);
            return r.object();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Api.Reply upload(byte[] zip, String query) {
        return Api.send(Api.request(PACKS + query, Api.ADMIN_KEY)
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build());
    }

    private static Api.Reply put(String id) {
        return Api.send(Api.request(PACKS + "/active", Api.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\"}"))
                .build());
    }

    private static JsonObject active() {
        Api.Reply r = Api.get(PACKS + "/active", Api.ADMIN_KEY);
        assertEquals(200, r.status(), r::toString);
        return r.object();
    }

    private static List<JsonObject> list() {
        return Api.get(PACKS, Api.ADMIN_KEY).json().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static Map<String, JsonObject> byId(Api.Reply r) {
        Map<String, JsonObject> packs = new LinkedHashMap<>();
        r.json().asJsonArray().getValuesAs(JsonObject.class).forEach(p -> packs.put(p.getString("id"), p));
        assertFalse(packs.isEmpty());
        return packs;
    }
}
