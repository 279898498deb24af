package sa.fatoora.gateway.onboarding.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Simulator;

/**
 * POST /api/v1/zatca/production/onboarding/submit, the two-step endpoint: JSON, multipart and URL-encoded forms,
 * the stored answer of a repeated step 2, and every row of its error table (expiry: OnboardingRequestTest).
 */
class LegacyOnboardingIT {

    static final String PATH = "/api/v1/zatca/production/onboarding/submit";

    @AfterEach
    void noFaults() {
        Simulator.clearFaults();
    }

    /** A unit and a client-side key and CSR with the unit's identity, as a client of the old API made them. */
    record Client(String key, long unitId, CsrProfile profile, GeneratedCsr csr) {

        Client withFreshCsr() {
            return new Client(key, unitId, profile, CsrFixtures.generate(profile));
        }

        Map<String, String> stepOne() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("csr", csr.pem());
            fields.put("private_key", X509Certificates.toPem(csr.keyPair().getPrivate()));
            fields.put("organization_name", "Maximum Speed Tech Supply LTD");
            fields.put("vat_number", "399999999900003");
            return fields;
        }
    }

    static Client client(String functionality) {
        var tenant = Api.newTenant();
        Api.Reply created = Api.post("/api/v1/egs-units", tenant.key(), Fixtures.exampleEgsUnit(functionality));
        assertEquals(201, created.status(), created::toString);
        JsonObject unit = created.object();
        String name = unit.getString("name");
        CsrProfile profile = Fixtures.exampleCsrProfile(name, functionality);
        return new Client(tenant.key(), unit.getJsonNumber("id").longValue(), profile, CsrFixtures.generate(profile));
    }

    static Api.Reply json(String key, Map<String, String> fields) {
        var o = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (k.equals("egs_unit_id")) {
                o.add(k, Long.parseLong(v));
            } else {
                o.add(k, v);
            }
        });
        return Api.post(PATH, key, o.build().toString());
    }

    static Api.Reply multipart(String key, Map<String, String> fields) {
        String boundary = "----fg" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return Api.post(PATH, key, "multipart/form-data; boundary=" + boundary, body.toString());
    }

    static Api.Reply urlEncoded(String key, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Api.post(PATH, key, "application/x-www-form-urlencoded", body);
    }

    static String requestId(Api.Reply stepOne) {
        assertEquals(200, stepOne.status(), stepOne::toString);
        assertTrue(stepOne.body().startsWith("{\"requestID\":"), stepOne::toString);
        JsonObject o = stepOne.object();
        assertTrue(o.getString("next_step").contains("otp"), o::toString);
        assertTrue(o.containsKey("expires_at"), o::toString);
        return o.getString("requestID");
    }

    static Map<String, String> stepTwo(String requestId, String otp) {
        return Map.of("request_id", requestId, "otp", otp);
    }

    static void assertCompleted(Client c, Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        Runs.assertNoSecrets(r);
        JsonObject o = r.object();
        assertEquals("COMPLETED", o.getString("status"));
        assertEquals(c.unitId(), o.getJsonNumber("egs_unit_id").longValue());
        var certificate = X509Certificates.fromBase64Der(
                o.getString("certificate").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        assertEquals(c.csr().keyPair().getPublic(), certificate.getPublicKey(), "issued for the client's key");
        JsonObject zatca = o.getJsonObject("zatca_response");
        assertEquals("ISSUED", zatca.getString("dispositionMessage"));
        assertTrue(String.valueOf(zatca.getJsonNumber("requestID").longValue()).matches("\\d{13}"), zatca::toString);
        assertTrue(zatca.getJsonArray("steps").toString().contains("\"step\":\"PRODUCTION_CSID\""), zatca::toString);
    }

    @Test
    void jsonStepOneThenStepTwoAndARepeatedStepTwoAnswersTheSame() {
        Client c = client("1000");
        Map<String, String> fields = c.stepOne();
        fields.put("egs_unit_id", String.valueOf(c.unitId()));
        String id = requestId(json(c.key(), fields));
        String otp = Simulator.otp();

        Api.Reply done = json(c.key(), stepTwo(id, otp));
        assertCompleted(c, done);
        assertTrue(
                Runs.trace(done.object().getJsonObject("zatca_response"))
                        .startsWith("KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x1, COMPLIANCE_CHECK/STANDARD_INVOICE"),
                done::toString);

        Api.Reply again = json(c.key(), stepTwo(id, otp));
        assertEquals(200, again.status(), again::toString);
        assertEquals(done.body(), again.body(), "the stored result, although the OTP is used up by now");
        assertEquals("COMPLETED", Runs.latest(c.key(), c.unitId()).getString("status"));
    }

    @Test
    void multipartStepOneFindsTheUnitByTheCsrsCommonNameAndAFormRunsStepTwo() {
        Client c = client("0100");
        String id = requestId(multipart(c.key(), c.stepOne()));
        assertCompleted(c, urlEncoded(c.key(), stepTwo(id, Simulator.otp())));
    }

    @Test
    void invalidCsrOrVatNumberIs400() throws Exception {
        Client c = client("1000");
        Map<String, String> notACsr = c.stepOne();
        notACsr.put("csr", "not a CSR");
        assertProblem(json(c.key(), notACsr), 400, "INVALID_CSR");

        Map<String, String> wrongCurve = c.stepOne();
        wrongCurve.put("csr", CsrFixtures.onCurve("secp256r1", CsrFixtures.sandboxProfile("1000")));
        assertProblem(json(c.key(), wrongCurve), 400, "INVALID_CSR");

        Map<String, String> badVat = c.stepOne();
        badVat.put("vat_number", "12345");
        assertProblem(multipart(c.key(), badVat), 400, "INVALID_VAT_NUMBER");

        Map<String, String> otherVat = c.stepOne();
        otherVat.put("vat_number", "399999999800003");
        assertProblem(json(c.key(), otherVat), 400, "INVALID_VAT_NUMBER");

        Map<String, String> otherKey = c.stepOne();
        otherKey.put(
                "private_key",
                X509Certificates.toPem(CsrFixtures.generate(CsrFixtures.sandboxProfile("1000"))
                        .keyPair()
                        .getPrivate()));
        assertProblem(json(c.key(), otherKey), 400, "CSR_KEY_MISMATCH");

        Map<String, String> garbledKey = c.stepOne();
        garbledKey.put("private_key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----");
        assertProblem(json(c.key(), garbledKey), 400, "INVALID_KEY_FORMAT");
    }

    @Test
    void authenticationFailureIs401() {
        Client c = client("1000");
        assertProblem(json(null, c.stepOne()), 401, "UNAUTHORIZED");
        assertProblem(multipart("fg_not-a-key", c.stepOne()), 401, "UNAUTHORIZED");
    }

    @Test
    void invalidOtpIs403AndTheRequestCanBeCompletedWithAGoodOne() {
        Client used = client("0100");
        String otp = Simulator.otp();
        assertCompleted(used, json(used.key(), stepTwo(requestId(json(used.key(), used.stepOne())), otp)));

        Client c = client("0100");
        String id = requestId(json(c.key(), c.stepOne()));
        assertProblem(json(c.key(), stepTwo(id, otp)), 403, "ZATCA_INVALID_OTP");
        assertCompleted(c, json(c.key(), stepTwo(id, Simulator.otp())));
    }

    @Test
    void unknownOrOtherTenantsRequestIdIs404() {
        Client c = client("1000");
        String id = requestId(json(c.key(), c.stepOne()));
        assertProblem(
                json(c.key(), stepTwo(UUID.randomUUID().toString(), Simulator.otp())),
                404,
                "ONBOARDING_REQUEST_NOT_FOUND");
        assertProblem(json(Api.newTenant().key(), stepTwo(id, Simulator.otp())), 404, "ONBOARDING_REQUEST_NOT_FOUND");
    }

    @Test
    void aCsrAlreadySubmittedIs409() {
        Client c = client("1000");
        requestId(json(c.key(), c.stepOne()));
        assertProblem(json(c.key(), c.stepOne()), 409, "CSR_ALREADY_SUBMITTED");
        assertProblem(multipart(c.key(), c.stepOne()), 409, "CSR_ALREADY_SUBMITTED");
    }

    @Test
    void zatcaUnavailableIs502AndStepTwoResumes() {
        Client c = client("1000");
        String id = requestId(json(c.key(), c.stepOne()));
        String otp = Simulator.otp();
        Simulator.script("compliance", Simulator.outage("503"));
        assertProblem(json(c.key(), stepTwo(id, otp)), 502, "ZATCA_UNAVAILABLE");
        Api.Reply done = json(c.key(), stepTwo(id, otp));
        assertCompleted(c, done);
        assertTrue(
                Runs.trace(done.object().getJsonObject("zatca_response"))
                        .startsWith("KEY_AND_CSR DONE x1, COMPLIANCE_CSID DONE x2, "),
                done::toString);
    }

    @Test
    void anOnboardedUnitTakesNoNewRequest() {
        Client c = client("1000");
        String id = requestId(json(c.key(), c.stepOne()));
        assertCompleted(c, json(c.key(), stepTwo(id, Simulator.otp())));
        assertProblem(json(c.key(), c.withFreshCsr().stepOne()), 409, "EGS_UNIT_ALREADY_ONBOARDED");
    }
}
