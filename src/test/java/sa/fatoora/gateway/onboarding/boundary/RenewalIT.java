package sa.fatoora.gateway.onboarding.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Simulator;

/** POST /api/v1/egs-units/{id}/renewal against the built-in simulator: plain, with 428, and its refusals. */
@Tag("dates")
class RenewalIT {

    @AfterEach
    void normal() {
        Simulator.normalBehaviour();
        Simulator.clearFaults();
    }

    static long activeCertificate(String key, long unit) {
        return Runs.latest(key, unit)
                .getJsonObject("certificate")
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void aRenewalReplacesTheActiveCertificateAndKeepsTheOldOneInHistory() {
        var tenant = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        long old = activeCertificate(tenant.key(), unit);

        Api.Reply r = Runs.renew(tenant.key(), unit, Simulator.otp());
        assertEquals(200, r.status(), r::toString);
        Runs.assertNoSecrets(r);
        JsonObject run = r.object();
        assertEquals("RENEWAL", run.getString("kind"));
        assertEquals("KEY_AND_CSR DONE x1, RENEWAL_CSID DONE x1, ACTIVE DONE x1", Runs.trace(run));
        assertEquals(200, Runs.step(run, "RENEWAL_CSID").getInt("httpStatus"));
        JsonObject renewed = run.getJsonObject("certificate");
        assertEquals("ACTIVE", renewed.getString("status"));
        assertNotEquals(old, renewed.getJsonNumber("id").longValue());

        Runs.assertRenewedHistory(
                tenant.key(), unit, old, renewed.getJsonNumber("id").longValue());
    }

    @Test
    void a428RunsTheComplianceChecksAgainBeforeTheNewProductionCsid() {
        var tenant = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1000");
        long old = activeCertificate(tenant.key(), unit);
        Simulator.renewalRequiresCompliance(true);

        Api.Reply r = Runs.renew(tenant.key(), unit, Simulator.otp());
        assertEquals(200, r.status(), r::toString);
        JsonObject run = r.object();
        assertEquals(
                "KEY_AND_CSR DONE x1, RENEWAL_CSID DONE x1, COMPLIANCE_CHECK/STANDARD_INVOICE DONE x1,"
                        + " COMPLIANCE_CHECK/STANDARD_CREDIT_NOTE DONE x1, COMPLIANCE_CHECK/STANDARD_DEBIT_NOTE DONE x1,"
                        + " PRODUCTION_CSID DONE x1, ACTIVE DONE x1",
                Runs.trace(run));
        JsonObject renewal = Runs.step(run, "RENEWAL_CSID");
        assertEquals(428, renewal.getInt("httpStatus"));
        assertTrue(renewal.getString("summary").contains("compliance checks must pass again"), renewal::toString);
        long renewed = run.getJsonObject("certificate").getJsonNumber("id").longValue();
        Runs.assertRenewedHistory(tenant.key(), unit, old, renewed);
    }

    @Test
    void aFailed428RenewalResumesAtItsComplianceChecks() {
        var tenant = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "0100");
        Simulator.renewalRequiresCompliance(true);
        Simulator.script("compliance-invoices", Simulator.outage("500"));
        assertProblem(Runs.renew(tenant.key(), unit, Simulator.otp()), 502, "ZATCA_UNAVAILABLE");
        JsonObject failed = Runs.latest(tenant.key(), unit);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("RENEWAL", failed.getString("kind"));

        Api.Reply r = Runs.renew(tenant.key(), unit, null);
        assertEquals(200, r.status(), r::toString);
        assertEquals(
                "KEY_AND_CSR DONE x1, RENEWAL_CSID DONE x1, COMPLIANCE_CHECK/SIMPLIFIED_INVOICE DONE x2,"
                        + " COMPLIANCE_CHECK/SIMPLIFIED_CREDIT_NOTE DONE x1, COMPLIANCE_CHECK/SIMPLIFIED_DEBIT_NOTE DONE"
                        + " x1, PRODUCTION_CSID DONE x1, ACTIVE DONE x1",
                Runs.trace(r.object()));
    }

    @Test
    void aUnitWithoutProductionCsidCannotBeRenewedAndAUsedOtpIsRefused() {
        var tenant = Api.newTenant();
        long fresh = Fixtures.createdEgsUnit(tenant.key(), "1000");
        assertProblem(Runs.renew(tenant.key(), fresh, Simulator.otp()), 409, "EGS_UNIT_NOT_ONBOARDED");

        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1000");
        String otp = Simulator.otp();
        assertEquals(200, Runs.renew(tenant.key(), unit, otp).status());
        assertProblem(Runs.renew(tenant.key(), unit, otp), 403, "ZATCA_INVALID_OTP");
        assertProblem(Runs.renew(tenant.key(), unit, null), 400, "VALIDATION_FAILED");
    }
}
