package sa.fatoora.gateway.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.entity.CheckedCsr;
import sa.fatoora.gateway.egs.entity.CsrProfile;

class CsrCheckerTest {

    private final CsrChecker checker = new CsrChecker();

    @Test
    void aGeneratedCsrPassesAndItsProfileReadsBack() {
        CsrProfile profile = CsrFixtures.profile("310122393500003", "1100", "PREZATCA-Code-Signing");
        CheckedCsr checked = checker.check(CsrFixtures.generate(profile).pem(), "PREZATCA-Code-Signing", false);
        assertEquals(profile, checked.profile());
        assertEquals(64, checked.fingerprint().length());
    }

    @Test
    void brokenSignatureIsRefused() throws Exception {
        String pem = CsrFixtures.withBrokenSignature(
                CsrFixtures.generate(CsrFixtures.sandboxProfile("1100")).pem());
        assertRefused(pem, "signature");
    }

    @Test
    void anotherCurveIsRefused() throws Exception {
        assertRefused(CsrFixtures.onCurve("secp256r1", CsrFixtures.sandboxProfile("1100")), "secp256k1");
    }

    @Test
    void templateNameIsStrictExceptOnTheDeveloperPortal() {
        String pem = CsrFixtures.generate(CsrFixtures.sandboxProfile("1000")).pem();
        var e = assertThrows(InvalidCsrException.class, () -> checker.check(pem, "ZATCA-Code-Signing", false));
        assertTrue(e.getMessage().contains("ZATCA-Code-Signing"));
        assertEquals(
                "TSTZATCA-Code-Signing",
                checker.check(pem, "ZATCA-Code-Signing", true).profile().templateName());
    }

    @Test
    void sanFieldsMustBeWellFormed() {
        assertRefused(
                CsrFixtures.generate(CsrFixtures.profile("399999999900004", "1100", "TSTZATCA-Code-Signing"))
                        .pem(),
                "VAT");
        assertRefused(
                CsrFixtures.generate(CsrFixtures.profile("39999999990003", "1100", "TSTZATCA-Code-Signing"))
                        .pem(),
                "VAT");
        assertRefused(CsrFixtures.generate(CsrFixtures.sandboxProfile("1010")).pem(), "title");
        CsrProfile p = CsrFixtures.sandboxProfile("1100");
        CsrProfile badSerial = new CsrProfile(
                p.country(),
                p.organizationUnit(),
                p.organization(),
                p.commonName(),
                "TST-123",
                p.vatNumber(),
                p.title(),
                p.registeredAddress(),
                p.businessCategory(),
                p.templateName());
        assertRefused(CsrFixtures.generate(badSerial).pem(), "SN");
    }

    @Test
    void notAPemIsRefused() {
        assertRefused("hello", "PEM");
        assertRefused("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n", "parsed");
    }

    private void assertRefused(String pem, String reasonPart) {
        var e = assertThrows(InvalidCsrException.class, () -> checker.check(pem, "TSTZATCA-Code-Signing", true));
        assertTrue(e.getMessage().contains(reasonPart), e::getMessage);
    }
}
