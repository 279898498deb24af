package sa.fatoora.gateway.zatca.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.zatca.entity.FatooraOutcome;
import sa.fatoora.gateway.zatca.entity.FatooraResult;

/**
 * Fatoora's real answer quirks (zatca-facts section 3): infoMessages as one object or an array, requestID as a
 * number or a string, the misspelled qrSellertStatus/qrBuyertStatus, error bodies in several shapes.
 */
class FatooraAnswersTest {

    static FatooraResult result(String body) {
        return FatooraAnswers.result(202, FatooraOutcome.ACCEPTED_WITH_WARNINGS, FatooraAnswers.parse(body));
    }

    @Test
    void infoMessagesAsOneObject() {
        FatooraResult r = result(
                """
                {"validationResults":{"infoMessages":{"type":"INFO","code":"XSD_ZATCA_VALID","category":"XSD validation",
                 "message":"Complied with UBL 2.1 standards in line with ZATCA specifications","status":"PASS"},
                 "warningMessages":[],"errorMessages":[],"status":"PASS"},
                 "reportingStatus":"REPORTED","clearanceStatus":null,"qrSellertStatus":null,"qrBuyertStatus":null}""");
        assertEquals(1, r.messages().size());
        assertEquals("XSD_ZATCA_VALID", r.messages().get(0).code());
        assertEquals("REPORTED", r.status());
        assertNull(r.clearedInvoice());
    }

    @Test
    void infoMessagesAsAnArrayAndWarningsWithoutType() {
        FatooraResult r = result(
                """
                {"validationResults":{"infoMessages":[{"code":"a"},{"code":"b"}],
                 "warningMessages":[{"code":"BR-KSA-98","category":"KSA","message":"late"}],"errorMessages":null,
                 "status":"WARNING"},"clearanceStatus":"CLEARED","clearedInvoice":"%s"}"""
                        .formatted(Base64.getEncoder().encodeToString("<Invoice/>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(3, r.messages().size());
        assertEquals("INFO", r.messages().get(1).type());
        assertEquals("WARNING", r.warnings().get(0).type());
        assertEquals("BR-KSA-98", r.warnings().get(0).code());
        assertEquals("CLEARED", r.status());
        assertArrayEquals("<Invoice/>".getBytes(StandardCharsets.UTF_8), r.clearedInvoice());
    }

    @Test
    void requestIdAsNumberOrString() {
        var number = FatooraAnswers.csid(FatooraAnswers.parse(
                "{\"requestID\":1234567890123,\"dispositionMessage\":\"ISSUED\",\"binarySecurityToken\":\"dA==\","
                        + "\"secret\":\"s\"}"));
        assertEquals(1234567890123L, number.requestId());
        assertEquals("ISSUED", number.dispositionMessage());
        var text = FatooraAnswers.csid(FatooraAnswers.parse(
                "{\"requestID\":\" 1234567890123 \",\"binarySecurityToken\":\"dA==\",\"secret\":\"s\"}"));
        assertEquals(1234567890123L, text.requestId());
        var junk = FatooraAnswers.csid(
                FatooraAnswers.parse("{\"requestID\":\"n/a\",\"binarySecurityToken\":\"dA==\",\"secret\":\"s\"}"));
        assertEquals(0, junk.requestId());
    }

    @Test
    void aCsidWithoutItsCredentialsIsNotAccepted() {
        assertThrows(
                FatooraUnavailableException.class,
                () -> FatooraAnswers.csid(FatooraAnswers.parse("{\"requestID\":1,\"secret\":\"s\"}")));
    }

    @Test
    void errorBodiesInTheirShapes() {
        assertArrayEquals(
                new String[] {"Invalid-OTP", "The OTP is not valid"},
                FatooraAnswers.error(
                        FatooraAnswers.parse("{\"code\":\"Invalid-OTP\",\"message\":\"The OTP is not valid\"}")));
        assertArrayEquals(
                new String[] {"Missing-CSR", "CSR is required"},
                FatooraAnswers.error(FatooraAnswers.parse(
                        "{\"errors\":[{\"code\":\"Missing-CSR\",\"message\":\"CSR is required\"}]}")));
        assertArrayEquals(
                new String[] {null, "bad"}, FatooraAnswers.error(FatooraAnswers.parse("{\"errors\":[\"bad\"]}")));
    }

    @Test
    void bodiesThatAreNotJsonObjectsReadAsEmpty() {
        assertTrue(FatooraAnswers.parse("").isEmpty());
        assertTrue(FatooraAnswers.parse("[1,2]").isEmpty());
        assertTrue(FatooraAnswers.parse("<html>502</html>").isEmpty());
        assertEquals(0, result("<html/>").messages().size());
    }
}
