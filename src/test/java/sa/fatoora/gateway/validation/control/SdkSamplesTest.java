package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
        ValidationReport report = SdkData.allStagesService().validate(SdkData.read(sample), PihStage.FIRST_PIH);

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

    static StageResult result(ValidationReport report, Stage stage) {
        return report.stages().stream()
                .filter(s -> s.stage() == stage)
                .findFirst()
                .orElseThrow();
    }
}
