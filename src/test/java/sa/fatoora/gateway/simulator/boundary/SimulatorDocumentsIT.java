package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.simulator.boundary.Fatoora.DEV;
import static sa.fatoora.gateway.simulator.boundary.Fatoora.SANDBOX_OTP;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.signing.entity.SignedInvoice;
import sa.fatoora.gateway.testing.Api;

/** The whole way: compliance CSID, six compliance documents, production CSID, reporting and clearance. */
@Tag("dates")
class SimulatorDocumentsIT {

    static final String VAT = CsrFixtures.SDK_VAT;

    record Sent(SignedInvoice invoice, String uuid, Api.Reply reply) {}

    static Sent send(String call, Fatoora.Csid csid, String example, long icv, String pih) throws Exception {
        UUID uuid = UUID.randomUUID();
        SignedInvoice invoice = Fatoora.signedExample(example, csid, VAT, icv, pih, uuid);
        return new Sent(invoice, uuid.toString(), Fatoora.submit(DEV, call, csid, invoice, uuid.toString()));
    }

    @Test
    void onboardingReportingAndClearanceEndToEnd() throws Exception {
        Fatoora.Csid compliance = Fatoora.complianceCsid(DEV, SANDBOX_OTP, CsrFixtures.sandboxProfile("1100"));
        String pih = ChainPosition.FIRST_PREVIOUS_HASH;
        long icv = 1;
        List<String> six = List.of(
                "standard-invoice",
                "standard-credit-note",
                "standard-debit-note",
                "simplified-invoice",
                "simplified-credit-note",
                "simplified-debit-note");
        for (String example : six) {
            Api.Reply before = Fatoora.productionCsid(DEV, compliance, Long.toString(compliance.requestId()));
            assertEquals("Missing-ComplianceSteps", before.object().getString("code"), before::toString);
            Sent sent = send("/compliance/invoices", compliance, example, icv++, pih);
            assertTrue(
                    sent.reply().status() == 200 || sent.reply().status() == 202, () -> example + ": " + sent.reply());
            JsonObject body = sent.reply().object();
            assertTrue(body.containsKey("qrSellertStatus"), body::toString);
            assertEquals(
                    example.startsWith("standard") ? "CLEARED" : "REPORTED",
                    body.getString(example.startsWith("standard") ? "clearanceStatus" : "reportingStatus"));
            pih = sent.invoice().invoiceHash();
        }
        Api.Reply issued = Fatoora.productionCsid(DEV, compliance, Long.toString(compliance.requestId()));
        assertEquals(200, issued.status(), issued::toString);
        Fatoora.Csid production = compliance.withCredentials(issued.object());

        Sent reported = send(
                "/invoices/reporting/single", production, "simplified-invoice", 1, ChainPosition.FIRST_PREVIOUS_HASH);
        assertTrue(reported.reply().status() == 200 || reported.reply().status() == 202, reported.reply()::toString);
        assertEquals("REPORTED", reported.reply().object().getString("reportingStatus"));
        Api.Reply again =
                Fatoora.submit(DEV, "/invoices/reporting/single", production, reported.invoice(), reported.uuid());
        assertEquals(409, again.status(), again::toString);

        Sent cleared = send(
                "/invoices/clearance/single",
                production,
                "standard-invoice",
                2,
                reported.invoice().invoiceHash());
        assertTrue(cleared.reply().status() == 200 || cleared.reply().status() == 202, cleared.reply()::toString);
        JsonObject clearance = cleared.reply().object();
        assertEquals("CLEARED", clearance.getString("clearanceStatus"));
        String xml =
                new String(Base64.getDecoder().decode(clearance.getString("clearedInvoice")), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<cbc:ID>QR</cbc:ID>"), "ZATCA's QR is added");
        Api.Reply clearedAgain =
                Fatoora.submit(DEV, "/invoices/clearance/single", production, cleared.invoice(), cleared.uuid());
        assertEquals(208, clearedAgain.status(), clearedAgain::toString);
        assertNotNull(clearedAgain.object().getString("clearedInvoice"));

        Sent gap = send(
                "/invoices/reporting/single",
                production,
                "simplified-credit-note",
                9,
                "V4U5qlZ3yXQ/Si1AC/R8SLc3F+iNy27wdVe8IWRqFAQ=");
        assertEquals(202, gap.reply().status(), gap.reply()::toString);
        String warnings = gap.reply()
                .object()
                .getJsonObject("validationResults")
                .getJsonArray("warningMessages")
                .toString();
        assertTrue(warnings.contains("invalid-icv") && warnings.contains("invalid-pih"), warnings);

        Sent wrongRoute = send(
                "/invoices/clearance/single",
                production,
                "simplified-invoice",
                10,
                gap.invoice().invoiceHash());
        assertEquals(400, wrongRoute.reply().status(), wrongRoute.reply()::toString);
        assertEquals("NOT_CLEARED", wrongRoute.reply().object().getString("clearanceStatus"));
        Sent standardReported = send(
                "/invoices/reporting/single",
                production,
                "standard-invoice",
                11,
                gap.invoice().invoiceHash());
        assertEquals(400, standardReported.reply().status(), standardReported.reply()::toString);
    }
}
