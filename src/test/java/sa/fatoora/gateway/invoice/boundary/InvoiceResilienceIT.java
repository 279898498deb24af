package sa.fatoora.gateway.invoice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Simulator;

/**
 * What happens when Fatoora is not well (zatca-facts section 4), provoked with the simulator's faults and switches:
 * 303 (clearance off), outages (PENDING, then delivered by the outbox from the database), retries inside the
 * clearance window, and a send whose answer was lost (the resend is a duplicate: 208/409 count as success).
 */
class InvoiceResilienceIT extends OnboardedUnitTests {

    static final Duration OUTBOX = Duration.ofSeconds(90);

    /** Set by the tests that make calls fail: the circuit breaker may have opened. */
    private boolean failuresInjected;

    @AfterEach
    void normalSimulator() throws InterruptedException {
        Simulator.clearFaults();
        Simulator.normalBehaviour();
        if (failuresInjected) {
            Invoices.awaitSandboxReachable(tenant.key(), unit);
        }
    }

    void outage(String call) {
        failuresInjected = true;
        Api.Reply r = Api.post(
                "/simulator/admin/faults",
                Api.ADMIN_KEY,
                "{\"call\":\"" + call + "\",\"rate\":1.0,\"kinds\":[\"503\"]}");
        assertEquals(204, r.status(), r::toString);
    }

    static List<JsonObject> submissions(JsonObject invoice) {
        return invoice.getJsonArray("submissions").getValuesAs(JsonObject.class);
    }

    @Test
    void clearanceSwitchedOffReportsTheSameDocument() {
        Invoices.clearanceEnabled(false);
        Api.Reply r = Invoices.issue(tenant.key(), Invoices.example("standard-invoice", unit));
        assertEquals(201, r.status(), r::toString);
        JsonObject invoice = Invoices.get(tenant.key(), Invoices.id(r));
        assertEquals("REPORTED", invoice.getString("status"));
        List<JsonObject> calls = submissions(invoice);
        assertEquals(2, calls.size(), calls::toString);
        assertEquals("CLEARANCE", calls.get(0).getString("route"));
        assertEquals(303, calls.get(0).getInt("httpStatus"));
        assertEquals("CLEARANCE_DISABLED", calls.get(0).getString("outcome"));
        assertEquals("REPORTING", calls.get(1).getString("route"));
        assertTrue(calls.get(1).getString("outcome").startsWith("ACCEPTED"), calls::toString);
        assertFalse(r.object().containsKey("clearedInvoice"), "reported, not cleared: no ZATCA stamp");
    }

    @Test
    void aReportThatCantBeDeliveredIsPendingAndTheOutboxReportsItFromTheDatabase() throws Exception {
        outage("reporting");
        Api.Reply r = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
        assertEquals(202, r.status(), r::toString);
        JsonObject pending = r.object();
        long id = Invoices.id(r);
        assertEquals("PENDING", pending.getString("status"));
        assertTrue(pending.getString("lastError").contains("503"), pending::toString);
        assertTrue(pending.containsKey("deadline") && !pending.getBoolean("atRisk"), pending::toString);
        Api.Reply listed = Api.get(Invoices.PATH + "?status=PENDING&egsUnitId=" + unit, tenant.key());
        assertTrue(listed.body().contains("\"id\":" + id), listed::toString);
        Api.Reply health = Api.get("/health/ready", null);
        assertTrue(health.body().contains("invoice-outbox"), health::toString);

        // Fatoora is back; nothing calls the API again: the outbox finds the row and delivers the same document
        Simulator.clearFaults();
        JsonObject reported = Invoices.awaitStatus(tenant.key(), id, "REPORTED", OUTBOX);
        assertEquals(pending.getString("invoiceHash"), reported.getString("invoiceHash"));
        List<JsonObject> calls = submissions(reported);
        assertEquals("UNAVAILABLE", calls.get(0).getString("outcome"));
        assertFalse(calls.get(0).containsKey("httpStatus"), "not received: no HTTP status");
        assertTrue(calls.get(calls.size() - 1).getString("outcome").startsWith("ACCEPTED"), calls::toString);
    }

    @Test
    void aPendingReportIsSentAtOnceOnRequest() {
        // seven answered calls first: the breaker's window (10 calls, opens at half failed) then holds the 3 failed
        // calls below and at most none of an earlier test's, so the attempt asked for is made, not refused
        for (int i = 0; i < 7; i++) {
            Api.Reply ok = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
            assertEquals(201, ok.status(), ok::toString);
        }
        failuresInjected = true;
        Simulator.script("reporting", "503", "503", "503");
        Api.Reply r = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
        assertEquals(202, r.status(), r::toString);
        long id = Invoices.id(r);
        String send = Invoices.PATH + "/" + id + "/send";

        // the outbox's next attempt is its backoff away (15 s); this one is made at once, by the request
        Api.Reply sent = Api.post(send, tenant.key(), "");
        assertEquals(200, sent.status(), sent::toString);
        assertEquals("REPORTED", sent.object().getString("status"), sent::toString);
        assertEquals(r.object().getString("invoiceHash"), sent.object().getString("invoiceHash"), "the same document");
        List<JsonObject> calls = submissions(sent.object());
        assertEquals("UNAVAILABLE", calls.get(0).getString("outcome"));
        assertTrue(calls.get(calls.size() - 1).getString("outcome").startsWith("ACCEPTED"), calls::toString);

        Api.Reply again = Api.post(send, tenant.key(), "");
        assertEquals(409, again.status(), again::toString);
        assertEquals("INVOICE_NOT_PENDING", again.object().getString("code"));
        assertEquals(calls.size(), submissions(Invoices.get(tenant.key(), id)).size(), "nothing was sent again");
        assertEquals(404, Api.post(send, Api.newTenant().key(), "").status(), "another tenant's is not found");
    }

    @Test
    void aClearanceIsRetriedInsideTheWindow() {
        // the Fatoora client retries a call twice itself: two of our attempts fail with 3 failed calls each
        failuresInjected = true;
        Simulator.script("clearance", "503", "503", "503", "503", "503", "503");
        Api.Reply r = Invoices.issue(tenant.key(), Invoices.example("standard-credit-note", unit));
        assertEquals(201, r.status(), r::toString);
        assertEquals("CLEARED", r.object().getString("status"));
        // 3 when the circuit stayed closed; more when the 6 failures opened it and attempts were refused until it
        // half-opened (all inside the 5-minute window)
        assertTrue(r.object().getInt("attempts") >= 3, r::toString);
        List<JsonObject> calls = submissions(r.object());
        assertEquals("UNAVAILABLE", calls.get(0).getString("outcome"));
        assertTrue(calls.get(calls.size() - 1).getString("outcome").startsWith("ACCEPTED"), calls::toString);
        // the answer lists the attempts the request recorded itself, without reading them back: the stored ones
        assertEquals(calls, submissions(Invoices.get(tenant.key(), Invoices.id(r))));
        assertEquals(r.object().getInt("attempts"), calls.size());
    }

    @Test
    void aClearanceBeyondTheWindowAnswersPendingAndTheOutboxClearsIt() throws Exception {
        outage("clearance");
        long start = System.nanoTime();
        Api.Reply r = Invoices.issue(tenant.key(), Invoices.example("standard-invoice", unit), "Prefer", "wait=3");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(202, r.status(), r::toString);
        assertEquals("PENDING", r.object().getString("status"));
        assertTrue(seconds < 15, "answered after the caller's 3-second window, not after 5 minutes: " + seconds);
        assertTrue(r.object().getInt("attempts") >= 2, "retried inside the window: " + r);
        Simulator.clearFaults();
        JsonObject cleared = Invoices.awaitStatus(tenant.key(), Invoices.id(r), "CLEARED", OUTBOX);
        assertTrue(Invoices.xml(tenant.key(), Invoices.id(r)).contains(cleared.getString("qr")));
    }

    @Test
    void aSendWhoseAnswerWasLostIsAcceptedAsDuplicateOnTheResend() throws Exception {
        // Fatoora takes both documents but answers after our 30-second read timeout: we can't know they arrived
        failuresInjected = true;
        Simulator.script("reporting", "delay:32000");
        Simulator.script("clearance", "delay:32000");
        var report = CompletableFuture.supplyAsync(
                () -> Invoices.issue(tenant.key(), Invoices.example("simplified-debit-note", unit)));
        var clear = CompletableFuture.supplyAsync(
                () -> Invoices.issue(tenant.key(), Invoices.example("standard-debit-note", unit), "Prefer", "wait=0"));
        for (var answer : List.of(report.get(), clear.get())) {
            assertEquals(202, answer.status(), answer::toString);
        }
        JsonObject reported = Invoices.awaitStatus(tenant.key(), Invoices.id(report.get()), "REPORTED", OUTBOX);
        JsonObject cleared = Invoices.awaitStatus(tenant.key(), Invoices.id(clear.get()), "CLEARED", OUTBOX);
        List<JsonObject> reportCalls = submissions(reported);
        assertEquals(409, reportCalls.get(reportCalls.size() - 1).getInt("httpStatus"), reportCalls::toString);
        List<JsonObject> clearCalls = submissions(cleared);
        assertEquals(208, clearCalls.get(clearCalls.size() - 1).getInt("httpStatus"), clearCalls::toString);
        assertEquals("ALREADY_SUBMITTED", clearCalls.get(clearCalls.size() - 1).getString("outcome"));
        assertTrue(Invoices.xml(tenant.key(), Invoices.id(clear.get())).contains(cleared.getString("qr")));
    }

    @Test
    void aPendingDocumentNearItsDeadlineIsListedAtRisk() throws Exception {
        // issued 22 hours ago (Riyadh time): 2 hours of its 24-hour reporting window left, inside the 4-hour margin
        LocalDateTime issued =
                LocalDateTime.now(ZoneId.of("Asia/Riyadh")).minusHours(22).truncatedTo(ChronoUnit.SECONDS);
        String body;
        try (var reader = Json.createReader(new StringReader(Invoices.example("simplified-invoice", unit)))) {
            body = Json.createObjectBuilder(reader.readObject())
                    .add("issueDate", issued.toLocalDate().toString())
                    .add("issueTime", issued.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss")))
                    .build()
                    .toString();
        }
        outage("reporting");
        Api.Reply r = Invoices.issue(tenant.key(), body);
        assertEquals(202, r.status(), r::toString);
        assertTrue(r.object().getBoolean("atRisk"), r::toString);
        long id = Invoices.id(r);
        Api.Reply atRisk = Api.get(Invoices.PATH + "?status=PENDING&atRisk=true&egsUnitId=" + unit, tenant.key());
        assertEquals(200, atRisk.status(), atRisk::toString);
        assertEquals(1, atRisk.object().getJsonNumber("total").longValue(), atRisk::toString);
        assertEquals(
                id,
                atRisk.object()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        JsonObject outbox = Api.get("/health/ready", null).object().getJsonArray("checks").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> "invoice-outbox".equals(c.getString("name")))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", outbox.getString("status"), "at risk is a signal, not a reason to leave the load balancer");
        assertTrue(outbox.getJsonObject("data").getJsonNumber("atRisk").longValue() >= 1, outbox::toString);
        Simulator.clearFaults();
        Invoices.awaitStatus(tenant.key(), id, "REPORTED", OUTBOX);
        Api.Reply none = Api.get(Invoices.PATH + "?status=PENDING&atRisk=true&egsUnitId=" + unit, tenant.key());
        assertEquals(0, none.object().getJsonNumber("total").longValue(), none::toString);
    }

    @Test
    void aDocumentFatooraKeepsRefusingBecomesAtRiskWithItsReasonAndIsNeverSignedAgain() throws Exception {
        outage("reporting");
        Api.Reply r = Invoices.issue(tenant.key(), Invoices.example("simplified-invoice", unit));
        assertEquals(202, r.status(), r::toString);
        long id = Invoices.id(r);
        JsonObject first = r.object();
        String signed = Invoices.xml(tenant.key(), id);
        assertFalse(first.getBoolean("atRisk"), first::toString);
        assertFalse(first.containsKey("atRiskReason"), first::toString);

        // the outbox tries again; after fatoora.outbox.at-risk-attempts failed attempts (2 in the tests' server) the
        // document is at risk, with the reason, long before its 24-hour deadline
        Instant end = Instant.now().plus(OUTBOX);
        JsonObject atRisk = Invoices.get(tenant.key(), id);
        while (!atRisk.getBoolean("atRisk") && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            atRisk = Invoices.get(tenant.key(), id);
        }
        assertTrue(atRisk.getBoolean("atRisk"), atRisk::toString);
        assertEquals("PENDING", atRisk.getString("status"));
        assertTrue(atRisk.getInt("attempts") >= 2, atRisk::toString);
        String reason = atRisk.getString("atRiskReason");
        assertTrue(reason.startsWith("Fatoora has not taken it in "), reason);
        assertTrue(reason.contains("503"), reason);
        Api.Reply listed = Api.get(Invoices.PATH + "?atRisk=true&egsUnitId=" + unit, tenant.key());
        assertTrue(listed.body().contains("\"id\":" + id), listed::toString);
        JsonObject outbox = Api.get("/health/ready", null).object().getJsonArray("checks").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> "invoice-outbox".equals(c.getString("name")))
                .findFirst()
                .orElseThrow();
        assertTrue(outbox.getJsonObject("data").getJsonNumber("atRisk").longValue() >= 1, outbox::toString);
        // retried as it was signed: same counter, same hash, the same bytes
        assertEquals(
                first.getJsonNumber("icv").longValue(),
                atRisk.getJsonNumber("icv").longValue());
        assertEquals(first.getString("invoiceHash"), atRisk.getString("invoiceHash"));
        assertEquals(signed, Invoices.xml(tenant.key(), id));

        Simulator.clearFaults();
        JsonObject reported = Invoices.awaitStatus(tenant.key(), id, "REPORTED", OUTBOX);
        assertFalse(reported.getBoolean("atRisk"), reported::toString);
        assertEquals(first.getString("invoiceHash"), reported.getString("invoiceHash"));
        assertEquals(signed, Invoices.xml(tenant.key(), id));
    }

    @Test
    void aLargeDocumentIsGivenTheLargeTimeoutAndItsOwnBreaker() throws Exception {
        // Fatoora takes 32 s to answer: past the regular 30-second read timeout (aSendWhoseAnswerWasLost... shows a
        // regular document timing out on it), within the large one. The tests' server sends documents over 200 kB
        // as large (zatca.large-document-bytes; 1 MB by default); 300 lines are about 270 kB of XML.
        failuresInjected = true;
        Simulator.script("reporting", "delay:32000");
        JsonObject example;
        try (var reader = Json.createReader(new StringReader(Invoices.example("simplified-invoice", unit)))) {
            example = reader.readObject();
        }
        var lines = Json.createArrayBuilder();
        JsonObject line = example.getJsonArray("lines").getJsonObject(0);
        for (int i = 1; i <= 300; i++) {
            lines.add(Json.createObjectBuilder(line).add("id", Integer.toString(i)));
        }
        String body =
                Json.createObjectBuilder(example).add("lines", lines).build().toString();

        Api.Reply r = Invoices.issue(tenant.key(), body);

        assertEquals(201, r.status(), r::toString);
        assertEquals("REPORTED", r.object().getString("status"), r::toString);
        assertEquals(1, r.object().getInt("attempts"), "answered on the first attempt, not timed out: " + r);
        assertTrue(Invoices.xml(tenant.key(), Invoices.id(r)).length() > 200_000);
    }
}
