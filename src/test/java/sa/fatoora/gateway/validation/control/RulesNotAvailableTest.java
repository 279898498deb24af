package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** Without usable rule files the stages say so and why; they never pass a document they did not check. */
class RulesNotAvailableTest {

    private static final byte[] SAMPLE = SdkData.sample("Standard_Invoice.xml");

    @Test
    void notConfiguredMeansNotRunAndNothingIsValid() {
        for (Optional<String> dir : List.of(Optional.<String>empty(), Optional.of("  "))) {
            ValidationReport report = new ValidationService(SdkData.stages(dir)).validate(SAMPLE, null);

            for (StageResult result : report.stages()) {
                assertEquals(StageStatus.NOT_RUN, result.status(), result.toString());
            }
            for (Stage stage : List.of(Stage.XSD, Stage.EN, Stage.KSA)) {
                assertEquals(
                        "rules directory not configured: set zatca.sdk.data.dir",
                        SdkSamplesTest.result(report, stage).reason());
            }
            assertFalse(report.valid(), "nothing was checked");
        }
    }

    @Test
    void missingFilesMeanNotRun(@TempDir Path empty) {
        ValidationReport report =
                new ValidationService(SdkData.stages(Optional.of(empty.toString()))).validate(SAMPLE, null);

        assertEquals(
                "rule file missing: " + XsdStage.DEFAULT + " under zatca.sdk.data.dir",
                SdkSamplesTest.result(report, Stage.XSD).reason());
        assertEquals(
                "rule file missing: " + KsaSchematronStage.DEFAULT + " under zatca.sdk.data.dir",
                SdkSamplesTest.result(report, Stage.KSA).reason());
        assertEquals(
                StageStatus.NOT_RUN, SdkSamplesTest.result(report, Stage.EN).status());
    }

    @Test
    void brokenRuleFilesMeanNotRun(@TempDir Path dir) throws IOException {
        for (String file : List.of(XsdStage.DEFAULT, EnSchematronStage.DEFAULT, KsaSchematronStage.DEFAULT)) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "<not-a-rule-file/>");
        }
        ValidationReport report =
                new ValidationService(SdkData.stages(Optional.of(dir.toString()))).validate(SAMPLE, null);

        for (Stage stage : List.of(Stage.XSD, Stage.EN, Stage.KSA)) {
            StageResult result = SdkSamplesTest.result(report, stage);
            assertEquals(StageStatus.NOT_RUN, result.status(), result.toString());
            assertTrue(result.reason().startsWith("rule file does not compile: "), result.reason());
        }
        assertFalse(report.valid());
    }

    @Test
    void whenOnlySomeStagesRunTheReportShowsWhich() {
        ValidationReport report =
                new ValidationService(List.of(SdkData.configuredStages().get(0))).validate(SAMPLE, null);

        assertEquals(
                StageStatus.PASSED, SdkSamplesTest.result(report, Stage.XSD).status());
        assertEquals(
                ValidationService.NOT_AVAILABLE,
                SdkSamplesTest.result(report, Stage.EN).reason());
        assertTrue(report.valid(), "what ran passed; the NOT_RUN stages are listed beside it");
    }
}
