package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;

/**
 * Dates are Riyadh's whatever zone the server runs in. CI runs this class (and the other "dates" ITs) three times:
 * with the server in the machine's zone, in Etc/GMT+12 (where it is yesterday for most of Riyadh's day) and in
 * Pacific/Kiritimati (UTC+14, already tomorrow). The unit of {@link OnboardedUnitTests} onboards to ACTIVE first,
 * through the simulator's compliance checks. A server that let Saxon read its own zone failed here with BR-KSA-04 or
 * BR-KSA-98.
 */
@Tag("dates")
class RiyadhDatesIT extends OnboardedUnitTests {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final Pattern ISSUE_DATE = Pattern.compile("<cbc:IssueDate>([^<]+)</cbc:IssueDate>");

    @Test
    void aFreshSimplifiedInvoiceIsDatedTodayInRiyadhReportedAndValid() {
        LocalDate before = LocalDate.now(RIYADH);
        Api.Reply r = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
        LocalDate after = LocalDate.now(RIYADH);

        assertEquals(201, r.status(), r::toString);
        JsonObject answer = r.object();
        assertEquals("REPORTED", answer.getString("status"), r::toString);
        assertFalse(codes(answer).contains("BR-KSA-04"), r::toString);
        String xml = Invoices.xml(tenant.key(), Invoices.id(r));
        Matcher date = ISSUE_DATE.matcher(xml);
        assertTrue(date.find());
        LocalDate issued = LocalDate.parse(date.group(1));
        assertTrue(!issued.isBefore(before) && !issued.isAfter(after), "dated " + issued + ", Riyadh's today " + after);

        JsonObject report = validate(xml, answer.getString("previousInvoiceHash"));
        assertTrue(report.getBoolean("valid"), report::toString);
        assertFalse(rules(report).contains("BR-KSA-04"), report::toString);

        // the stored invoice's own report: checked again now, its PIH against the unit's previous document
        Api.Reply stored = Api.get(Invoices.PATH + "/" + Invoices.id(r) + "/validation", tenant.key());
        assertEquals(200, stored.status(), stored::toString);
        assertTrue(stored.object().getBoolean("valid"), stored::toString);
        assertTrue(stored.object().getBoolean("pihChecked"), stored::toString);
        assertEquals(
                64,
                stored.object().getJsonObject("rulePack").getString("digest").length());
        assertEquals(
                404,
                Api.get(
                                Invoices.PATH + "/" + Invoices.id(r) + "/validation",
                                Api.newTenant().key())
                        .status(),
                "another tenant's invoice is not found");
    }

    @Test
    void anInvoiceIssuedTwentyHoursAgoInRiyadhIsStillInItsReportingWindow() {
        JsonObject answer = issuedAgo(20);

        assertEquals("REPORTED", answer.getString("status"), answer::toString);
        assertFalse(codes(answer).contains("BR-KSA-98"), answer::toString);
        JsonObject report = validate(
                Invoices.xml(tenant.key(), answer.getJsonNumber("id").longValue()),
                answer.getString("previousInvoiceHash"));
        assertTrue(report.getBoolean("valid"), report::toString);
        assertFalse(rules(report).contains("BR-KSA-98"), report::toString);
    }

    /** The ITs' rules are ZATCA SDK 3.4.8's (the folder beside the clone), which has BR-KSA-98; 2.3.8 has not. */
    @Test
    void anInvoiceIssuedTwentyFiveHoursAgoIsReportedLateWithZatcasWarning() {
        JsonObject answer = issuedAgo(25);

        assertEquals("REPORTED", answer.getString("status"), answer::toString);
        assertTrue(codes(answer).contains("BR-KSA-98"), answer::toString);
    }

    private static JsonObject issuedAgo(long hours) {
        LocalDateTime issued = LocalDateTime.now(RIYADH).minusHours(hours);
        JsonObject request;
        try (var reader = Json.createReader(new StringReader(Invoices.example("simplified-invoice", unit)))) {
            request = Json.createObjectBuilder(reader.readObject())
                    .add("issueDate", issued.toLocalDate().toString())
                    .add("issueTime", issued.format(DateTimeFormatter.ofPattern("HH:mm:ss")))
                    .build();
        }
        Api.Reply r = Invoices.issue(tenant.key(), request.toString());
        assertEquals(201, r.status(), r::toString);
        return r.object();
    }

    private static JsonObject validate(String xml, String pih) {
        Api.Reply r = Api.post(
                "/api/v1/validation?pih=" + URLEncoder.encode(pih, StandardCharsets.UTF_8),
                tenant.key(),
                "application/xml",
                xml);
        assertEquals(200, r.status(), r::toString);
        return r.object();
    }

    private static List<String> codes(JsonObject invoice) {
        if (!invoice.containsKey("messages") || invoice.isNull("messages")) {
            return List.of();
        }
        return invoice.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("code", ""))
                .toList();
    }

    private static List<String> rules(JsonObject report) {
        return report.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> java.util.stream.Stream.concat(
                        s.getJsonArray("errors").getValuesAs(JsonObject.class).stream(),
                        s.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()))
                .map(m -> m.getString("rule"))
                .toList();
    }
}
