package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/** Without usable rules the stages say so and why; a report in which a stage did not run is never valid. */
class RulesNotAvailableTest {

    private static final byte[] SAMPLE = SdkData.sample("Standard_Invoice.xml");

    @Test
    void withoutAPackTheRuleStagesDoNotRunAndTheReportIsNotValid() {
        ValidationService service = new ValidationService(
                SdkData.allStages(),
                () -> new ActiveRulePack.Active(null, "no rule pack can be used: test"),
                SdkData.CLOCK);

        ValidationReport report = service.validate(SAMPLE, PihStage.FIRST_PIH);

        for (Stage stage : List.of(Stage.XSD, Stage.EN, Stage.KSA)) {
            StageResult result = SdkSamplesTest.result(report, stage);
            assertEquals(StageStatus.NOT_RUN, result.status());
            assertEquals("no rule pack can be used: test", result.reason());
        }
        assertEquals(
                StageStatus.PASSED,
                SdkSamplesTest.result(report, Stage.SIGNATURE).status());
        assertFalse(report.valid(), "signature, QR and PIH passed, but the rules never ran");
        assertEquals(null, report.rulePack());
    }

    @Test
    void aFolderNotConfiguredIsNoPack() {
        for (Optional<String> dir : List.of(Optional.<String>empty(), Optional.of("  "))) {
            RulesDirectory rules = SdkData.rules(dir);
            assertFalse(rules.configured());
            RulesUnavailableException e = assertThrows(RulesUnavailableException.class, rules::load);
            assertEquals("rules directory not configured: set zatca.sdk.data.dir", e.getMessage());
        }
    }

    @Test
    void aFolderWithoutRulesSaysWhatIsMissing(@TempDir Path empty) {
        RulesUnavailableException e =
                assertThrows(RulesUnavailableException.class, () -> SdkData.rules(Optional.of(empty.toString()))
                        .load());
        assertEquals(
                "The rules directory zatca.sdk.data.dir lacks the EN 16931 schematron"
                        + " (Rules/Schematrons/*CEN-EN16931*.xsl)",
                e.getMessage());

        RulesUnavailableException missing = assertThrows(RulesUnavailableException.class, () -> SdkData.rules(
                        Optional.of(empty.resolve("nowhere").toString()))
                .load());
        assertTrue(missing.getMessage().contains("is not a folder"), missing.getMessage());
    }

    @Test
    void brokenRuleFilesDoNotCompile(@TempDir Path dir) throws IOException {
        for (String file : List.of(
                "Schemas/xsds/UBL2.1/xsd/maindoc/UBL-Invoice-2.1.xsd",
                "Rules/Schematrons/CEN-EN16931-UBL.xsl",
                "Rules/Schematrons/20210819_ZATCA_E-invoice_Validation_Rules.xsl")) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "<not-a-rule-file/>");
        }
        RulesDirectory rules = SdkData.rules(Optional.of(dir.toString()));
        RulePackFiles files = assertDoesNotThrowFiles(rules);

        RulesUnavailableException e = assertThrows(
                RulesUnavailableException.class,
                () -> RulePackCompiler.compile(rules.info(files), files, SdkData.CLOCK.instant()));
        assertTrue(e.getMessage().startsWith("rule file does not compile: "), e.getMessage());
    }

    private static RulePackFiles assertDoesNotThrowFiles(RulesDirectory rules) {
        try {
            return rules.load();
        } catch (RulesUnavailableException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
