package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.simulator.boundary.Fatoora.DEV;
import static sa.fatoora.gateway.simulator.boundary.Fatoora.SANDBOX_OTP;

import jakarta.json.JsonObject;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.control.ZatcaOids;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;
import sa.fatoora.gateway.testing.Api;

@Tag("dates")
class SimulatorOnboardingIT {

    @Test
    void complianceCsidIsACertificateOfTheSimulatorCaEchoingTheCsr() throws Exception {
        CsrProfile profile = CsrFixtures.sandboxProfile("1100");
        GeneratedCsr csr = CsrFixtures.generate(profile);
        Api.Reply r = Fatoora.compliance(DEV, SANDBOX_OTP, csr.base64Pem());
        assertEquals(200, r.status(), r::toString);
        JsonObject body = r.object();
        assertEquals("ISSUED", body.getString("dispositionMessage"));
        assertTrue(String.valueOf(body.getJsonNumber("requestID").longValue()).matches("\\d{13}"), body::toString);
        assertTrue(body.isNull("errors"), "errors is written as null");
        assertEquals(44, body.getString("secret").length());
        Base64.getDecoder().decode(body.getString("secret"));

        X509Certificate cert = X509Certificates.fromBase64Der(new String(
                Base64.getDecoder().decode(body.getString("binarySecurityToken")),
                java.nio.charset.StandardCharsets.US_ASCII));
        X509Certificate ca =
                X509Certificates.fromDer(pemBody(Api.get("/simulator/ca", null).body()));
        cert.verify(ca.getPublicKey(), ZatcaOids.PROVIDER);
        assertEquals(ca.getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertTrue(cert.getIssuerX500Principal().toString().matches("CN=.*-CA, DC=.*"), cert::toString);
        String subject = cert.getSubjectX500Principal().toString();
        assertTrue(
                subject.contains("CN=" + profile.commonName())
                        && subject.contains("O=" + profile.organization())
                        && subject.contains("OU=" + profile.organizationUnit())
                        && subject.contains("C=SA"),
                subject);
        assertEquals(profile.vatNumber(), X509Certificates.vatNumber(cert).orElseThrow());
        assertEquals(
                profile.serialNumber(),
                X509Certificates.sanValue(cert, ZatcaOids.SN).orElseThrow());
        assertEquals("1100", X509Certificates.title(cert).orElseThrow());
        assertEquals(
                profile.registeredAddress(),
                X509Certificates.sanValue(cert, ZatcaOids.REGISTERED_ADDRESS).orElseThrow());
        assertEquals(
                profile.businessCategory(),
                X509Certificates.sanValue(cert, ZatcaOids.BUSINESS_CATEGORY).orElseThrow());
        assertEquals(csr.keyPair().getPublic(), cert.getPublicKey());
    }

    @Test
    void acceptVersionIsRequired() {
        var b = Api.request(Fatoora.path(DEV, "/compliance"), null)
                .header("Content-Type", "application/json")
                .header("OTP", SANDBOX_OTP)
                .POST(Fatoora.body("{\"csr\":\""
                        + CsrFixtures.generate(CsrFixtures.sandboxProfile("1000"))
                                .base64Pem() + "\"}"));
        assertEquals(406, Api.send(b.build()).status());
    }

    @Test
    void otpMissingWrongOrReusedIsRefused() {
        String csr = CsrFixtures.generate(CsrFixtures.sandboxProfile("1000")).base64Pem();
        assertError(Fatoora.compliance(DEV, null, csr), "Missing-OTP");
        assertError(Fatoora.compliance(DEV, "999999", csr), "Invalid-OTP");

        String otp = Fatoora.otp("simulation");
        CsrProfile profile = CsrFixtures.profile("310122393500003", "1000", "PREZATCA-Code-Signing");
        assertEquals(
                200,
                Fatoora.compliance(
                                "simulation", otp, CsrFixtures.generate(profile).base64Pem())
                        .status());
        assertError(
                Fatoora.compliance(
                        "simulation", otp, CsrFixtures.generate(profile).base64Pem()),
                "Invalid-OTP");
        assertError(
                Fatoora.compliance(
                        "simulation", SANDBOX_OTP, CsrFixtures.generate(profile).base64Pem()),
                "Invalid-OTP");
    }

    @Test
    void csrMissingBrokenOnAnotherCurveOrReusedIsRefused() throws Exception {
        assertError(Fatoora.compliance(DEV, SANDBOX_OTP, null), "Missing-CSR");
        GeneratedCsr csr = CsrFixtures.generate(CsrFixtures.sandboxProfile("0100"));
        assertError(
                Fatoora.compliance(DEV, SANDBOX_OTP, CsrFixtures.base64(CsrFixtures.withBrokenSignature(csr.pem()))),
                "Invalid-CSR");
        assertError(
                Fatoora.compliance(
                        DEV,
                        SANDBOX_OTP,
                        CsrFixtures.base64(CsrFixtures.onCurve("secp256r1", CsrFixtures.sandboxProfile("0100")))),
                "Invalid-CSR");
        assertError(Fatoora.compliance(DEV, SANDBOX_OTP, "bm90IGEgY3Ny"), "Invalid-CSR");
        assertEquals(200, Fatoora.compliance(DEV, SANDBOX_OTP, csr.base64Pem()).status());
        assertError(Fatoora.compliance(DEV, SANDBOX_OTP, csr.base64Pem()), "Invalid-CSR");
    }

    @Test
    void templateNameMustMatchOutsideTheDeveloperPortal() {
        String otp = Fatoora.otp("core");
        assertError(
                Fatoora.compliance(
                        "core",
                        otp,
                        CsrFixtures.generate(CsrFixtures.profile("310122393500003", "1000", "PREZATCA-Code-Signing"))
                                .base64Pem()),
                "Invalid-CSR");
    }

    @Test
    void productionCsidNeedsTheRequestIdAndEveryComplianceStep() {
        Fatoora.Csid csid = Fatoora.complianceCsid(DEV, SANDBOX_OTP, CsrFixtures.sandboxProfile("1100"));
        assertError(Fatoora.productionCsid(DEV, csid, "1234567890123"), "Invalid-ComplianceRequestId");
        Api.Reply missing = Fatoora.productionCsid(DEV, csid, Long.toString(csid.requestId()));
        assertError(missing, "Missing-ComplianceSteps");
        String message = missing.object().getString("message");
        assertTrue(
                message.contains("standard-compliant") && message.contains("simplified-debit-note-compliant"), message);
    }

    @Test
    void badCredentialsAre401() {
        Fatoora.Csid csid = Fatoora.complianceCsid(DEV, SANDBOX_OTP, CsrFixtures.sandboxProfile("1000"));
        String body = "{\"compliance_request_id\":\"" + csid.requestId() + "\"}";
        assertEquals(
                401, Fatoora.send(DEV, "/production/csids", "POST", null, body).status());
        assertEquals(
                401,
                Fatoora.send(DEV, "/production/csids", "POST", Fatoora.basic(csid.token(), "wrong"), body)
                        .status());
        assertEquals(
                401,
                Fatoora.send("simulation", "/production/csids", "POST", csid.authorization(), body)
                        .status(),
                "a CSID belongs to its environment");
        assertEquals(
                401,
                Fatoora.send(DEV, "/invoices/reporting/single", "POST", csid.authorization(), "{}")
                        .status(),
                "a compliance CSID cannot report");
    }

    static void assertError(Api.Reply reply, String code) {
        assertEquals(400, reply.status(), reply::toString);
        JsonObject body = reply.object();
        assertEquals(code, body.getString("code"), body::toString);
        assertTrue(!body.getString("message").isBlank());
        assertNull(body.get("secret"));
    }

    static byte[] pemBody(String pem) {
        return Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
    }
}
