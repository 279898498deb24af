package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sa.fatoora.gateway.validation.entity.RulePackSource;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** Every official signed sample must pass the schema and both schematrons without a single error. */
class SdkSamplesTest {

    static List<Path> samples() {
        return SdkData.samples();
    }

    @Test
    void theSdkHasNineteenSamples() {
        assertEquals(19, samples().size(), "samples under " + SdkData.dir());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleValidates(Path sample) {
        ValidationReport report = SdkData.service().validate(SdkData.read(sample), PihStage.FIRST_PIH);

        assertEquals(
                List.of(Stage.values()),
                report.stages().stream().map(StageResult::stage).toList());
        for (Stage stage : Stage.values()) {
            StageResult result = result(report, stage);
            assertEquals(List.of(), result.errors(), stage + " errors in " + sample.getFileName());
            assertEquals(StageStatus.PASSED, result.status(), stage + " in " + sample.getFileName());
        }
        assertTrue(report.valid());
        assertEquals(44, report.invoiceHash().length());
        System.out.printf(
                "%-60s warnings XSD %d, EN %d, KSA %d %s%n",
                sample.getFileName(),
                result(report, Stage.XSD).warnings().size(),
                result(report, Stage.EN).warnings().size(),
                result(report, Stage.KSA).warnings().size(),
                result(report, Stage.KSA).warnings().stream().map(m -> m.rule()).toList());
    }

    /** The pack the build brings validates every ZATCA sample on a machine with nothing but the clone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleValidatesWithTheBuiltInPack(Path sample) {
        ValidationReport report = SdkData.service(SdkData.allStages(), SdkData.builtInPack(), SdkData.CLOCK)
                .validate(SdkData.read(sample), PihStage.FIRST_PIH);

        for (Stage stage : Stage.values()) {
            assertEquals(StageStatus.PASSED, result(report, stage).status(), stage + " in " + sample.getFileName());
        }
        assertTrue(report.valid());
        assertTrue(report.pihChecked());
        assertEquals("built-in", report.rulePack().id());
        assertEquals(RulePackSource.BUILT_IN, report.rulePack().source());
        assertEquals("2.3.8", report.rulePack().version());
    }

    /** The built-in rules are real rules: a seller VAT number cut to 10 digits fails ZATCA's own checks. */
    @Test
    void theBuiltInPackRejectsASellerVatNumberOfTenDigits() {
        String xml = new String(SdkData.sample("Standard_Invoice.xml"), StandardCharsets.UTF_8);
        String cut = xml.replaceFirst(
                "<cbc:CompanyID>399999999900003</cbc:CompanyID>", "<cbc:CompanyID>3999999999</cbc:CompanyID>");
        assertTrue(!cut.equals(xml), "the sample's seller VAT number was found and cut");

        ValidationReport report = SdkData.rulesOnly(SdkData.builtInPack(), SdkData.CLOCK)
                .validate(cut.getBytes(StandardCharsets.UTF_8), null);

        StageResult ksa = result(report, Stage.KSA);
        assertEquals(StageStatus.FAILED, ksa.status(), report.toString());
        assertTrue(ksa.errors().stream().anyMatch(m -> m.rule().startsWith("BR-KSA-")), ksa.toString());
        assertTrue(!report.valid());
    }

    @Test
    void withoutThePreviousHashOnlyThePihFormIsCheckedAndTheReportSaysSo() {
        ValidationReport report = SdkData.service().validate(SdkData.sample("Standard_Invoice.xml"), null);

        assertTrue(report.valid(), report.toString());
        assertTrue(!report.pihChecked());
        assertEquals(List.of(), result(report, Stage.PIH).warnings());
    }

    static StageResult result(ValidationReport report, Stage stage) {
        return report.stages().stream()
                .filter(s -> s.stage() == stage)
                .findFirst()
                .orElseThrow();
    }
}
