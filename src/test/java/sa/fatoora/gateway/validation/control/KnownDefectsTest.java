package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** One defect planted in the official standard invoice; the stage that owns the rule must fail with its id. */
class KnownDefectsTest {

    private static final String SAMPLE = "Standard_Invoice.xml";

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            no ProfileID     | KSA | BR-KSA-EN16931-01 | <cbc:ProfileID>reporting:1.0</cbc:ProfileID> |
            wrong total      | EN  | BR-CO-15 | >4.60</cbc:TaxInclusiveAmount> | >4.61</cbc:TaxInclusiveAmount>
            14-digit buyer VAT | KSA | BR-KSA-44 | <cbc:CompanyID>399999999800003< | <cbc:CompanyID>39999999980003<
            unknown VAT category | EN | BR-CL-18 | <cbc:ID>S</cbc:ID> | <cbc:ID>Q</cbc:ID>
            unknown element | XSD | cvc-complex-type.2.4.a | <cbc:ProfileID> | <cbc:Colour/><cbc:ProfileID>
            """)
    void defectFailsTheRightStage(String defect, Stage stage, String rule, String find, String replace) {
        ValidationReport report = SdkData.service().validate(plant(find, replace == null ? "" : replace), null);

        StageResult result = SdkSamplesTest.result(report, stage);
        assertEquals(StageStatus.FAILED, result.status(), defect + ": " + result);
        assertTrue(
                result.errors().stream().map(Message::rule).anyMatch(rule::equals),
                defect + ": expected " + rule + " in " + result.errors());
        assertFalse(report.valid());
    }

    @Test
    void schemaErrorsCarryLineAndColumnAndAllAreCollected() {
        byte[] xml = plant("<cbc:ProfileID>", "<cbc:Colour>red</cbc:Colour><cbc:ProfileID>");
        xml = new String(xml, StandardCharsets.UTF_8)
                .replace(">4.60</cbc:TaxInclusiveAmount>", ">four</cbc:TaxInclusiveAmount>")
                .getBytes(StandardCharsets.UTF_8);

        ValidationReport report = SdkData.service().validate(xml, null);
        List<Message> errors = SdkSamplesTest.result(report, Stage.XSD).errors();

        assertTrue(errors.size() >= 2, "both defects reported: " + errors);
        assertTrue(
                errors.get(0).message().matches("line 69, column \\d+: .*Colour.*"),
                errors.get(0).message());
        assertTrue(errors.stream().anyMatch(m -> m.rule().startsWith("cvc-datatype-valid")), errors.toString());
        // the schematrons can't compute with "four": they fail with a finding rather than breaking the request
        StageResult en = SdkSamplesTest.result(report, Stage.EN);
        assertEquals(StageStatus.FAILED, en.status());
        assertEquals(SchematronStage.STOPPED, en.errors().get(0).rule());
        assertTrue(
                en.errors().get(0).message().contains("four"),
                en.errors().get(0).message());
    }

    private static byte[] plant(String find, String replace) {
        String xml = new String(SdkData.sample(SAMPLE), StandardCharsets.UTF_8);
        assertTrue(xml.contains(find), "sample contains " + find);
        String planted = xml.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
        return planted.getBytes(StandardCharsets.UTF_8);
    }
}
