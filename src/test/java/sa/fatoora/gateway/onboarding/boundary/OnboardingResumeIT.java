package sa.fatoora.gateway.onboarding.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Simulator;

/**
 * A simulator fault (HTTP 500 or a dropped connection) at each Fatoora step makes the onboarding answer 502; the
 * retry resumes at that step: the attempt counts show that no finished step ran again, and a retry past the
 * compliance CSID needs no OTP (the simulator refuses a used OTP, so asking again would fail).
 */
class OnboardingResumeIT {

    @AfterEach
    void noFaults() {
        Simulator.clearFaults();
    }

    record Attempt(String key, long unit, JsonObject failed, JsonObject resumed) {}

    static Attempt failOnceThenRetry(String call, String fault, String otpForRetry, String... before) {
        var tenant = Api.newTenant();
        long unit = Fixtures.createdEgsUnit(tenant.key(), "1000");
        // every attempt of the client's own retries fails, so the onboarding sees the outage
        String[] outage = Simulator.outage(fault);
        String[] script = new String[before.length + outage.length];
        System.arraycopy(before, 0, script, 0, before.length);
        System.arraycopy(outage, 0, script, before.length, outage.length);
        Simulator.script(call, script);
        String otp = Simulator.otp();
        assertProblem(Runs.onboard(tenant.key(), unit, otp), 502, "ZATCA_UNAVAILABLE");
        JsonObject failed = Runs.latest(tenant.key(), unit);
        assertEquals("FAILED", failed.getString("status"), failed::toString);

        Api.Reply retried = Runs.onboard(tenant.key(), unit, otpForRetry == null ? null : otp);
        assertEquals(200, retried.status(), retried::toString);
        assertEquals("COMPLETED", retried.object().getString("status"));
        assertEquals(failed.getInt("id"), retried.object().getInt("id"), "the same run continues");
        return new Attempt(tenant.key(), unit, failed, retried.object());
    }

    @ParameterizedTest(name = "fault {0}")
    @ValueSource(strings = {"500", "drop"})
    void complianceCsid(String fault) {
        // the fault came before the simulator looked at the OTP, so the same OTP is still good
        Attempt a = failOnceThenRetry("compliance", fault, "same");
        assertEquals("KEY_AND_CSR DONE x1, COMPLIANCE_CSID FAILED x1", Runs.trace(a.failed()));
        assertEquals(
                "ZATCA_UNAVAILABLE", Runs.step(a.failed(), "COMPLIANCE_CSID").getString("zatcaStatus"));
        assertEquals(
                "KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x2, COMPLIANCE_CHECK/STANDARD_INVOICE DONE x1,"
                        + " COMPLIANCE_CHECK/STANDARD_CREDIT_NOTE DONE x1, COMPLIANCE_CHECK/STANDARD_DEBIT_NOTE DONE x1,"
                        + " PRODUCTION_CSID DONE x1, ACTIVE DONE x1",
                Runs.trace(a.resumed()));
    }

    @ParameterizedTest(name = "fault {0}")
    @ValueSource(strings = {"500", "drop"})
    void complianceCheck(String fault) {
        Attempt a = failOnceThenRetry("compliance-invoices", fault, null, "ok");
        assertEquals(
                "KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x1, COMPLIANCE_CHECK/STANDARD_INVOICE DONE x1,"
                        + " COMPLIANCE_CHECK/STANDARD_CREDIT_NOTE FAILED x1",
                Runs.trace(a.failed()));
        assertEquals(
                "KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x1, COMPLIANCE_CHECK/STANDARD_INVOICE DONE x1,"
                        + " COMPLIANCE_CHECK/STANDARD_CREDIT_NOTE DONE x2, COMPLIANCE_CHECK/STANDARD_DEBIT_NOTE DONE x1,"
                        + " PRODUCTION_CSID DONE x1, ACTIVE DONE x1",
                Runs.trace(a.resumed()));
    }

    @ParameterizedTest(name = "fault {0}")
    @ValueSource(strings = {"500", "drop"})
    void productionCsid(String fault) {
        Attempt a = failOnceThenRetry("production-csids", fault, null);
        assertEquals(
                "KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x1, COMPLIANCE_CHECK/STANDARD_INVOICE DONE x1,"
                        + " COMPLIANCE_CHECK/STANDARD_CREDIT_NOTE DONE x1, COMPLIANCE_CHECK/STANDARD_DEBIT_NOTE DONE x1,"
                        + " PRODUCTION_CSID FAILED x1",
                Runs.trace(a.failed()));
        assertEquals(
                "KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x1, COMPLIANCE_CHECK/STANDARD_INVOICE DONE x1,"
                        + " COMPLIANCE_CHECK/STANDARD_CREDIT_NOTE DONE x1, COMPLIANCE_CHECK/STANDARD_DEBIT_NOTE DONE x1,"
                        + " PRODUCTION_CSID DONE x2, ACTIVE DONE x1",
                Runs.trace(a.resumed()));
        assertEquals("ACTIVE", a.resumed().getJsonObject("certificate").getString("status"));
    }
}
