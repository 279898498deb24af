package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.simulator.boundary.Fatoora.DEV;
import static sa.fatoora.gateway.simulator.boundary.Fatoora.SANDBOX_OTP;
import static sa.fatoora.gateway.testing.Hostile.assertHealthy;
import static sa.fatoora.gateway.testing.Hostile.assertNoLeak;
import static sa.fatoora.gateway.testing.Hostile.assertRefused;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Hostile;
import sa.fatoora.gateway.testing.RawHttp;

/**
 * Hostile documents against the simulator's XML-taking call (compliance checks: the same document checks as
 * reporting and clearance). A document the simulator can't read is a 400 in ZATCA's own shape (as the real
 * Fatoora answers, not problem+json); a body that isn't the call's JSON is our 400/413 problem. Nothing leaks,
 * no compliance step passes, and the server stays ready.
 */
class SimulatorHostileInputIT {

    static final String CALL = "/compliance/invoices";
    static Fatoora.Csid compliance;

    @BeforeAll
    static void complianceCsid() {
        compliance = Fatoora.complianceCsid(DEV, SANDBOX_OTP, CsrFixtures.sandboxProfile("1100"));
    }

    @AfterAll
    static void noStepPassedAndStillHealthy() {
        Api.Reply r = Fatoora.productionCsid(DEV, compliance, Long.toString(compliance.requestId()));
        assertEquals(400, r.status(), r::toString);
        assertEquals("Missing-ComplianceSteps", r.object().getString("code"), r::toString);
        assertHealthy();
    }

    static Stream<Arguments> rejectedXml() {
        return Hostile.rejectedXml().stream().map(Arguments::of);
    }

    static Api.Reply check(String json) {
        return Fatoora.send(DEV, CALL, "POST", compliance.authorization(), json);
    }

    static String submission(byte[] xml) {
        return "{\"invoiceHash\":\"x\",\"uuid\":\"" + UUID.randomUUID() + "\",\"invoice\":\""
                + Base64.getEncoder().encodeToString(xml) + "\"}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedXml")
    void documentsThatAreNotSafeXmlAreZatcaErrors(String name, byte[] xml) {
        Api.Reply r = check(submission(xml));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/json"), r::toString);
        assertTrue(r.body().contains("invalid-invoice") || r.body().contains("ERROR"), r::toString);
        assertNoLeak(r.body());
    }

    @Test
    void anInvoiceThatIsNotBase64IsAZatcaError() {
        Api.Reply r = check("{\"invoiceHash\":\"x\",\"uuid\":\"u\",\"invoice\":\"%%% not base64 <!DOCTYPE a> %%%\"}");
        assertEquals(400, r.status(), r::toString);
        assertNoLeak(r.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"invoice\":\"x",
                "[1,2,3]",
                "{\"invoice\":[1]}",
                "{\"invoice\":\"x\",\"surprise\":1}",
                "{\"invoice\":\"a\\u0000\"}",
                "{\"invoiceHash\":1e999999999}"
            })
    void bodiesThatAreNotTheCallsJsonAreProblems(String json) {
        Api.Reply r = check(json);
        assertEquals(400, r.status(), r::toString);
        assertNoLeak(r.body());
    }

    @Test
    void deepOrBrokenJsonIsAProblem() {
        assertRefused(check("{\"invoice\":" + Hostile.nested(100_000, false) + "}"), 400, "MALFORMED_REQUEST");
        byte[] broken = "{\"invoice\":\"caf# \"}".getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 4] = (byte) 0xFF;
        HttpRequest request = Fatoora.request(DEV, CALL)
                .header("Authorization", compliance.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(broken))
                .build();
        assertRefused(Api.send(request), 400, "MALFORMED_REQUEST");
    }

    @ParameterizedTest(name = "known length {0}")
    @ValueSource(booleans = {true, false})
    void fiftyMegabytesAre413(boolean knownLength) {
        Api.Reply r = RawHttp.post(
                Fatoora.path(DEV, CALL),
                "application/json",
                "{\"invoice\":\"",
                (byte) 'A',
                "\"}",
                Hostile.FIFTY_MB,
                knownLength,
                "Accept-Version",
                "V2",
                "Authorization",
                compliance.authorization());
        assertRefused(r, 413, "PAYLOAD_TOO_LARGE");
    }
}
