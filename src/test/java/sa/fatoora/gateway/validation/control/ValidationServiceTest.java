package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** The service's own logic, with stand-in stages: order, gaps, broken stages, what the stages get. */
class ValidationServiceTest {

    private static final byte[] XML = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"
            .getBytes(StandardCharsets.UTF_8);

    private final List<Stage> ran = new ArrayList<>();

    @Test
    void runsInStageOrderAndListsMissingStagesAsNotAvailable() {
        ValidationService service = service(List.of(
                stage(Stage.PIH, c -> StageResult.of(Stage.PIH, List.of(), List.of())),
                stage(Stage.XSD, c -> StageResult.of(Stage.XSD, List.of(), List.of(new Message("W", "w"))))));

        ValidationReport report = service.validate(XML, "pih");

        assertEquals(List.of(Stage.XSD, Stage.PIH), ran);
        assertEquals(
                List.of(Stage.values()),
                report.stages().stream().map(StageResult::stage).toList());
        assertEquals(
                List.of(
                        StageStatus.PASSED,
                        StageStatus.NOT_RUN,
                        StageStatus.NOT_RUN,
                        StageStatus.NOT_RUN,
                        StageStatus.NOT_RUN,
                        StageStatus.PASSED),
                report.stages().stream().map(StageResult::status).toList());
        assertEquals("not available", report.stages().get(1).reason());
        assertFalse(report.valid(), "four stages did not run: nothing checked what they check");
        assertEquals(
                new sa.fatoora.gateway.signing.control.InvoiceHasher()
                        .hash(sa.fatoora.gateway.platform.control.SecureXml.parse(XML)),
                report.invoiceHash(),
                "the report carries the document's own hash");
    }

    @Test
    void stagesGetTheBytesTheDomAndThePih() {
        ValidationService service = service(List.of(stage(Stage.PIH, c -> {
            assertSame(XML, c.xml());
            assertEquals("Invoice", c.document().getDocumentElement().getLocalName());
            assertEquals("abc=", c.pih().orElseThrow());
            assertEquals(SdkData.CLOCK.instant(), c.at(), "the rules' now is the product clock's");
            assertSame(SdkData.directoryPack(), c.rulePack());
            return StageResult.of(Stage.PIH, List.of(), List.of());
        })));

        ValidationReport report = service.validate(XML, "abc=");
        assertTrue(report.pihChecked());
        assertEquals(SdkData.directoryPack().info(), report.rulePack());
    }

    @Test
    void aFailedStageMakesTheDocumentInvalidButLaterStagesStillRun() {
        ValidationService service = service(List.of(
                stage(Stage.XSD, c -> StageResult.of(Stage.XSD, List.of(new Message("cvc", "bad")), List.of())),
                stage(Stage.KSA, c -> StageResult.of(Stage.KSA, List.of(), List.of()))));

        ValidationReport report = service.validate(XML, null);

        assertEquals(List.of(Stage.XSD, Stage.KSA), ran);
        assertFalse(report.valid());
    }

    @Test
    void aStageThatBreaksFailsClosed() {
        ValidationService service = service(List.of(
                stage(Stage.EN, c -> {
                    throw new IllegalStateException("bug");
                }),
                stage(Stage.KSA, c -> StageResult.of(Stage.EN, List.of(), List.of())),
                stage(Stage.QR, c -> null)));

        ValidationReport report = service.validate(XML, null);

        for (Stage stage : List.of(Stage.EN, Stage.KSA, Stage.QR)) {
            StageResult result = SdkSamplesTest.result(report, stage);
            assertEquals(StageStatus.FAILED, result.status(), stage.name());
            assertEquals("STAGE_ERROR", result.errors().get(0).rule());
        }
        assertFalse(report.valid());
    }

    private static ValidationService service(List<ValidationStage> stages) {
        return SdkData.service(stages, SdkData.directoryPack(), SdkData.CLOCK);
    }

    private ValidationStage stage(Stage stage, Function<ValidationContext, StageResult> behaviour) {
        return new ValidationStage() {
            @Override
            public Stage stage() {
                return stage;
            }

            @Override
            public StageResult run(ValidationContext context) {
                ran.add(stage);
                return behaviour.apply(context);
            }
        };
    }
}
