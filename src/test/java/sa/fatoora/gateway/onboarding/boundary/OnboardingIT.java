package sa.fatoora.gateway.onboarding.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Simulator;

/** POST /api/v1/egs-units/{id}/onboarding against the built-in simulator, over HTTP. */
@Tag("dates")
class OnboardingIT {

    @AfterEach
    void noFaults() {
        Simulator.clearFaults();
    }

    @ParameterizedTest(name = "functionality {0}")
    @CsvSource({
        "1000, STANDARD_INVOICE STANDARD_CREDIT_NOTE STANDARD_DEBIT_NOTE",
        "0100, SIMPLIFIED_INVOICE SIMPLIFIED_CREDIT_NOTE SIMPLIFIED_DEBIT_NOTE",
        "1100, STANDARD_INVOICE STANDARD_CREDIT_NOTE STANDARD_DEBIT_NOTE SIMPLIFIED_INVOICE SIMPLIFIED_CREDIT_NOTE"
                + " SIMPLIFIED_DEBIT_NOTE"
    })
    void onboardsEachFunctionalityInOneCall(String functionality, String documents) {
        var tenant = Api.newTenant();
        long unit = Fixtures.createdEgsUnit(tenant.key(), functionality);

        long started = System.nanoTime();
        Api.Reply r = Runs.onboard(tenant.key(), unit, Simulator.otp());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("onboarding " + functionality + " took " + millis + " ms");

        assertEquals(200, r.status(), r::toString);
        Runs.assertNoSecrets(r);
        JsonObject run = r.object();
        assertEquals("COMPLETED", run.getString("status"));
        assertEquals("ONBOARDING", run.getString("kind"));
        JsonObject certificate = run.getJsonObject("certificate");
        assertEquals("ACTIVE", certificate.getString("status"));
        assertEquals("PRODUCTION", certificate.getString("kind"));
        assertEquals(unit, certificate.getJsonNumber("egsUnitId").longValue());
        assertTrue(certificate.getString("subject").contains("O=Maximum Speed Tech Supply LTD"), certificate::toString);

        List<String> expected = new java.util.ArrayList<>(List.of("KEY_AND_CSR DONE x1", "COMPLIANCE_CSID DONE x1"));
        for (String document : documents.split(" ")) {
            expected.add("COMPLIANCE_CHECK/" + document + " DONE x1");
        }
        expected.addAll(List.of("PRODUCTION_CSID DONE x1", "ACTIVE DONE x1"));
        assertEquals(String.join(", ", expected), Runs.trace(run));
        for (JsonObject step : Runs.steps(run)) {
            if (step.getString("step").equals("COMPLIANCE_CHECK")) {
                assertTrue(List.of(200, 202).contains(step.getInt("httpStatus")), step::toString);
                // clean documents: no warning at all (the simulator answers in ZATCA's terms, never with our
                // validation endpoint's hints)
                assertEquals("", step.getString("summary", ""), step::toString);
                String word = step.getString("document").startsWith("STANDARD") ? "CLEARED" : "REPORTED";
                assertEquals(word, step.getString("zatcaStatus"), step::toString);
            }
        }
        assertEquals("ISSUED", Runs.step(run, "COMPLIANCE_CSID").getString("zatcaStatus"));
        assertTrue(Runs.step(run, "PRODUCTION_CSID").getString("summary").matches("requestID \\d{13}"));

        assertEquals(Runs.trace(run), Runs.trace(Runs.latest(tenant.key(), unit)));
        // the history: the production certificate ACTIVE, the compliance one used up and kept as REVOKED
        List<String> history = Runs.history(tenant.key(), unit).stream()
                .map(c -> c.getString("kind") + " " + c.getString("status"))
                .sorted()
                .toList();
        assertEquals(List.of("COMPLIANCE REVOKED", "PRODUCTION ACTIVE"), history);
        assertProblem(Runs.onboard(tenant.key(), unit, Simulator.otp()), 409, "EGS_UNIT_ALREADY_ONBOARDED");
    }

    @Test
    void anOtpServesOnceAndARetryWithAFreshOneResumes() {
        var tenant = Api.newTenant();
        String otp = Simulator.otp();
        assertEquals(
                200,
                Runs.onboard(tenant.key(), Fixtures.createdEgsUnit(tenant.key(), "0100"), otp)
                        .status());

        long unit = Fixtures.createdEgsUnit(tenant.key(), "0100");
        JsonObject p = assertProblem(Runs.onboard(tenant.key(), unit, otp), 403, "ZATCA_INVALID_OTP");
        assertTrue(p.getString("detail").contains("Invalid-OTP"), p::toString);
        JsonObject failed = Runs.latest(tenant.key(), unit);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("KEY_AND_CSR DONE x1, COMPLIANCE_CSID FAILED x1", Runs.trace(failed));
        assertEquals("Invalid-OTP", Runs.step(failed, "COMPLIANCE_CSID").getString("zatcaStatus"));
        assertEquals(400, Runs.step(failed, "COMPLIANCE_CSID").getInt("httpStatus"));

        Api.Reply retried = Runs.onboard(tenant.key(), unit, Simulator.otp());
        assertEquals(200, retried.status(), retried::toString);
        assertEquals(failed.getInt("id"), retried.object().getInt("id"), "the same run continues");
        assertTrue(
                Runs.trace(retried.object()).startsWith("KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x2, "),
                "an OTP refusal keeps the CSR: " + Runs.trace(retried.object()));
    }

    @Test
    void theOtpIsRequiredWhileTheComplianceCsidIsMissing() {
        var tenant = Api.newTenant();
        long unit = Fixtures.createdEgsUnit(tenant.key(), "1000");
        JsonObject p = assertProblem(Runs.onboard(tenant.key(), unit, null), 400, "VALIDATION_FAILED");
        assertEquals("/otp", p.getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertProblem(Runs.onboard(tenant.key(), unit, "12ab"), 400, "VALIDATION_FAILED");
    }

    @Test
    void aSecondOnboardingOfTheSameUnitMeanwhileIsAConflict() throws Exception {
        var tenant = Api.newTenant();
        long unit = Fixtures.createdEgsUnit(tenant.key(), "0100");
        Simulator.script("compliance", "delay:3000");
        String otp = Simulator.otp();
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> Runs.onboard(tenant.key(), unit, otp));
        Thread.sleep(1000);
        assertProblem(Runs.onboard(tenant.key(), unit, Simulator.otp()), 409, "ONBOARDING_IN_PROGRESS");
        Api.Reply done = first.get();
        assertEquals(200, done.status(), done::toString);
        assertEquals(1, Runs.step(done.object(), "COMPLIANCE_CSID").getInt("attempts"));
    }

    @Test
    void anotherTenantsUnitIsNotFound() {
        var owner = Api.newTenant();
        var other = Api.newTenant();
        long unit = Fixtures.onboardedEgsUnit(owner.key(), "1000");
        assertProblem(Runs.onboard(other.key(), unit, Simulator.otp()), 404, "NOT_FOUND");
        assertProblem(Runs.renew(other.key(), unit, Simulator.otp()), 404, "NOT_FOUND");
        assertProblem(Api.get("/api/v1/egs-units/" + unit + "/onboarding", other.key()), 404, "NOT_FOUND");
        assertEquals("COMPLETED", Runs.latest(owner.key(), unit).getString("status"));
        assertProblem(Runs.onboard(null, unit, Simulator.otp()), 401, "UNAUTHORIZED");
    }
}
