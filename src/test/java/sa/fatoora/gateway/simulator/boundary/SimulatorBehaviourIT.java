package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.simulator.boundary.Fatoora.DEV;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.testing.Api;

/** The behaviour switches: clearance switched off (303, then reporting) and renewals that demand compliance (428). */
class SimulatorBehaviourIT {

    private static final List<String> STANDARD_STEPS =
            List.of("standard-invoice", "standard-credit-note", "standard-debit-note");

    @AfterEach
    void normalBehaviour() {
        assertEquals(
                204, Api.delete("/simulator/admin/behaviour", Api.ADMIN_KEY).status());
    }

    @Test
    void clearanceSwitchedOffAnswers303AndReportingTakesTheStandardDocument() throws Exception {
        Fatoora.Csid production = productionCsid(Fatoora.complianceCsid(DEV, Fatoora.otp(DEV), profile()));
        Api.Reply switched = behaviour("{\"clearanceEnabled\":false}");
        assertFalse(switched.object().getBoolean("clearanceEnabled"), switched::toString);
        assertFalse(switched.object().getBoolean("renewalRequiresCompliance"), "untouched switch keeps its value");

        var sent = SimulatorDocumentsIT.send(
                "/invoices/clearance/single", production, "standard-invoice", 1, ChainPosition.FIRST_PREVIOUS_HASH);
        assertEquals(303, sent.reply().status(), sent.reply()::toString);
        JsonObject body = sent.reply().object();
        assertTrue(body.isNull("clearanceStatus") && body.isNull("clearedInvoice"), body::toString);
        assertTrue(body.getJsonObject("validationResults").toString().contains("clearance-deactivated"));

        Api.Reply reported = Fatoora.submit(DEV, "/invoices/reporting/single", production, sent.invoice(), sent.uuid());
        assertTrue(accepted(reported), reported::toString);
        assertEquals("REPORTED", reported.object().getString("reportingStatus"));

        normalBehaviour();
        var later = SimulatorDocumentsIT.send(
                "/invoices/reporting/single",
                production,
                "standard-invoice",
                2,
                sent.invoice().invoiceHash());
        assertEquals(400, later.reply().status(), "with clearance on, standard documents are cleared again");
    }

    @Test
    void renewalIssuesANewProductionCsid() throws Exception {
        Fatoora.Csid production = productionCsid(Fatoora.complianceCsid(DEV, Fatoora.otp(DEV), profile()));
        Fatoora.Csid fresh = new Fatoora.Csid(CsrFixtures.generate(profile()), 0, null, null);
        Api.Reply renewed = renew(production, fresh);
        assertEquals(200, renewed.status(), renewed::toString);
        Fatoora.Csid next = fresh.withCredentials(renewed.object());
        var reported = SimulatorDocumentsIT.send(
                "/invoices/clearance/single", next, "standard-invoice", 1, ChainPosition.FIRST_PREVIOUS_HASH);
        assertTrue(accepted(reported.reply()), "the renewed CSID is a production CSID");
    }

    @Test
    void renewalDemandingComplianceAnswers428WithAComplianceCsidWrappedInValue() throws Exception {
        Fatoora.Csid production = productionCsid(Fatoora.complianceCsid(DEV, Fatoora.otp(DEV), profile()));
        behaviour("{\"renewalRequiresCompliance\":true}");
        Fatoora.Csid fresh = new Fatoora.Csid(CsrFixtures.generate(profile()), 0, null, null);
        Api.Reply renewed = renew(production, fresh);
        assertEquals(428, renewed.status(), renewed::toString);
        Fatoora.Csid compliance = fresh.withCredentials(renewed.object().getJsonObject("value"));
        assertEquals("ISSUED", renewed.object().getJsonObject("value").getString("dispositionMessage"));

        var refused = SimulatorDocumentsIT.send(
                "/invoices/clearance/single", compliance, "standard-invoice", 1, ChainPosition.FIRST_PREVIOUS_HASH);
        assertEquals(401, refused.reply().status(), "a compliance CSID does not clear documents");
        Api.Reply early = Fatoora.productionCsid(DEV, compliance, Long.toString(compliance.requestId()));
        assertEquals("Missing-ComplianceSteps", early.object().getString("code"), early::toString);

        Fatoora.Csid next = productionCsid(compliance);
        var cleared = SimulatorDocumentsIT.send(
                "/invoices/clearance/single", next, "standard-invoice", 1, ChainPosition.FIRST_PREVIOUS_HASH);
        assertTrue(accepted(cleared.reply()), cleared.reply()::toString);
    }

    /** 200, or 202 when only warnings were found. */
    static boolean accepted(Api.Reply reply) {
        return reply.status() == 200 || reply.status() == 202;
    }

    private static Api.Reply renew(Fatoora.Csid current, Fatoora.Csid fresh) {
        return Api.send(Fatoora.request(DEV, "/production/csids")
                .method("PATCH", Fatoora.body("{\"csr\":\"" + fresh.csr().base64Pem() + "\"}"))
                .header("Authorization", current.authorization())
                .header("OTP", Fatoora.otp(DEV))
                .build());
    }

    private static Api.Reply behaviour(String json) {
        Api.Reply r = Api.post("/simulator/admin/behaviour", Api.ADMIN_KEY, json);
        assertEquals(200, r.status(), r::toString);
        return r;
    }

    private static sa.fatoora.gateway.egs.entity.CsrProfile profile() {
        return CsrFixtures.sandboxProfile("1000");
    }

    /** The three standard compliance steps, then the production CSID. */
    static Fatoora.Csid productionCsid(Fatoora.Csid compliance) throws Exception {
        String pih = ChainPosition.FIRST_PREVIOUS_HASH;
        long icv = 1;
        for (String example : STANDARD_STEPS) {
            var sent = SimulatorDocumentsIT.send("/compliance/invoices", compliance, example, icv++, pih);
            assertTrue(accepted(sent.reply()), () -> example + ": " + sent.reply());
            pih = sent.invoice().invoiceHash();
        }
        Api.Reply issued = Fatoora.productionCsid(DEV, compliance, Long.toString(compliance.requestId()));
        assertEquals(200, issued.status(), issued::toString);
        return compliance.withCredentials(issued.object());
    }
}
