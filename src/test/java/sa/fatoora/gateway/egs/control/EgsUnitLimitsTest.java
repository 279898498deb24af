package sa.fatoora.gateway.egs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sa.fatoora.gateway.egs.entity.AddressData;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.egs.entity.EgsUnitRequest;
import sa.fatoora.gateway.egs.entity.PartyId;
import sa.fatoora.gateway.egs.entity.SellerData;
import sa.fatoora.gateway.egs.entity.SolutionData;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.signing.control.QrCodes;
import sa.fatoora.gateway.signing.control.QrWorstCase;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

class EgsUnitLimitsTest {

    static final String VAT = "399999999900003";
    /** Two bytes in UTF-8, one character. */
    static final String ALEF = "ا";
    /** Three bytes in UTF-8, one character (ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM). */
    static final String LAM_ALEF = "ﻻ";
    /** Four bytes in UTF-8, one character, two UTF-16 units (MATHEMATICAL BOLD CAPITAL A). */
    static final String BOLD_A = "𝐀";

    @ParameterizedTest(name = "functionality {0}: {1} bytes fit")
    @CsvSource({"0100, 131", "1100, 131", "1000, 205"})
    void theLargestSellerNameThatFitsIsAcceptedAndOneByteMoreIsRefused(String functionality, int max) {
        boolean simplified = !functionality.equals("1000");
        assertEquals(max, QrWorstCase.maxSellerNameBytes(VAT, simplified));
        // at most 64 characters for the certificate's O, so 4-byte characters to reach the QR's limit
        String fits = BOLD_A.repeat(max / 4) + "x".repeat(max % 4);
        assertEquals(max, bytes(fits));
        assertEquals(List.of(), EgsUnitLimits.problems(unit(functionality, fits, "Riyadh Branch", "POS-1")));
        assertTrue(QrWorstCase.length(fits, VAT, simplified) <= QrCodes.MAX_LENGTH);

        List<FieldError> refused = EgsUnitLimits.problems(unit(functionality, fits + "x", "Riyadh Branch", "POS-1"));
        assertEquals(1, refused.size(), refused::toString);
        assertEquals("/seller/legalName", refused.get(0).pointer());
        String message = refused.get(0).message();
        assertTrue(
                message.startsWith("the seller name is " + (max + 1) + " bytes in UTF-8; with the other QR fields at"
                        + " their longest the QR would be 704 characters, over ZATCA's 700: at most " + max
                        + " bytes fit"),
                message);
    }

    @Test
    void anArabicNameOf167BytesIsRefusedForTheQrAndForTheCertificate() {
        String spaced = ALEF.repeat(40) + " " + ALEF.repeat(43);
        assertEquals(167, bytes(spaced));
        List<FieldError> problems = EgsUnitLimits.problems(unit("1100", spaced, "Riyadh Branch", "POS-1"));
        assertEquals(
                List.of(
                        new FieldError(
                                "/seller/legalName",
                                "is 84 characters; it is the certificate's organization (O), which takes at most 64"
                                        + " (X.520 ub-organization-name)"),
                        new FieldError(
                                "/seller/legalName",
                                "the seller name is 167 bytes in UTF-8; with the other QR fields at their longest the"
                                        + " QR would be 748 characters, over ZATCA's 700: at most 131 bytes fit for a"
                                        + " unit that issues simplified documents")),
                problems);
    }

    @Test
    void aNameOver255BytesCannotBeAQrValueAtAll() {
        // 64 characters of 4 bytes: within the certificate's 64, over a TLV value's 255
        String of256 = BOLD_A.repeat(64);
        assertEquals(256, bytes(of256));
        List<FieldError> problems = EgsUnitLimits.problems(unit("1000", of256, "Riyadh Branch", "POS-1"));
        assertEquals(
                List.of(new FieldError(
                        "/seller/legalName",
                        "the seller name is 256 bytes in UTF-8, over the 255 a QR code value can hold (it has one"
                                + " length byte): at most 205 bytes fit")),
                problems);

        String of255 = BOLD_A.repeat(63) + LAM_ALEF;
        assertEquals(255, bytes(of255));
        assertTrue(
                EgsUnitLimits.problems(unit("1000", of255, "Riyadh Branch", "POS-1"))
                        .get(0)
                        .message()
                        .startsWith("the seller name is 255 bytes in UTF-8; with the other QR fields at their longest"
                                + " the QR would be 768 characters"),
                "255 bytes are one TLV value; only the QR's length refuses it");
    }

    @Test
    void theCertificateSubjectTakes64CharactersPerAttribute() {
        String of64 = BOLD_A.repeat(60) + "abcd";
        assertEquals(List.of(), EgsUnitLimits.problems(unit("1000", "Seller LTD", of64, of64)));
        assertEquals(
                List.of(
                        new FieldError(
                                "/name",
                                "is 65 characters; it is the certificate's common name (CN), which takes at most 64"
                                        + " (X.520 ub-common-name)"),
                        new FieldError(
                                "/branch",
                                "is 65 characters; it is the certificate's organization unit (OU), which takes at"
                                        + " most 64 (X.520 ub-organizational-unit-name)"),
                        new FieldError(
                                "/seller/legalName",
                                "is 65 characters; it is the certificate's organization (O), which takes at most 64"
                                        + " (X.520 ub-organization-name)")),
                EgsUnitLimits.problems(unit("1000", "L".repeat(65), of64 + "x", "  " + of64 + "x  ")));
    }

    @Test
    void theSellerAddressTakesWhatTheKsaRulesAllow() {
        String of127 = "c".repeat(127);
        assertEquals(List.of(), EgsUnitLimits.problems(unit("1100", "Seller LTD", "Branch", "POS-1", of127)));
        List<FieldError> problems = EgsUnitLimits.problems(unit("1100", "Seller LTD", "Branch", "POS-1", of127 + "c"));
        assertEquals(
                List.of("/seller/address/additionalStreet", "/seller/address/city", "/seller/address/district"),
                problems.stream().map(FieldError::pointer).toList());
        assertEquals(
                "is 128 characters; ZATCA takes at most 127 (BR-KSA-F-06-C7)",
                problems.get(1).message());
    }

    private static EgsUnit unit(String functionality, String legalName, String branch, String name) {
        return unit(functionality, legalName, branch, name, "Riyadh");
    }

    private static EgsUnit unit(String functionality, String legalName, String branch, String name, String place) {
        AddressData address = new AddressData("Prince Sultan", place, "2322", null, place, place, "23333", "SA");
        EgsUnitRequest request = new EgsUnitRequest(
                name,
                ZatcaEnvironment.SANDBOX,
                functionality,
                new SellerData(VAT, legalName, new PartyId("CRN", "1010010000"), address),
                branch,
                "Supply activities",
                "RRRD2929",
                new SolutionData("TST", "TST", "ed22f1d8-e6a2-1118-9b58-d9a8f11e445f"));
        return new EgsUnit(1L, request, Instant.parse("2025-07-01T09:00:00Z"));
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
