package sa.fatoora.gateway.validation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final StageResult PASSED = StageResult.of(Stage.XSD, List.of(), List.of(new Message("W", "w")));
    private static final StageResult FAILED =
            StageResult.of(Stage.EN, List.of(new Message("BR-CO-15", "x")), List.of());
    private static final StageResult NOT_RUN = StageResult.notRun(Stage.KSA, "not available");

    private static final RulePackInfo PACK = new RulePackInfo("built-in", RulePackSource.BUILT_IN, "2.3.8", "ab");

    @Test
    void validOnlyWhenEveryStageRanAndPassed() {
        assertTrue(ValidationReport.of(null, PACK, false, List.of(PASSED)).valid());
        assertTrue(
                ValidationReport.of(null, PACK, true, List.of(PASSED, PASSED)).valid());
    }

    @Test
    void aStageThatDidNotRunMakesTheReportNotValid() {
        assertFalse(
                ValidationReport.of(null, PACK, true, List.of(PASSED, NOT_RUN)).valid());
    }

    @Test
    void invalidWhenAnyStageFailed() {
        assertFalse(ValidationReport.of(null, PACK, true, List.of(PASSED, FAILED, NOT_RUN))
                .valid());
        assertFalse(
                ValidationReport.of(null, PACK, true, List.of(PASSED, FAILED)).valid());
    }

    @Test
    void invalidWhenNothingRan() {
        assertFalse(ValidationReport.of(null, null, false, List.of(NOT_RUN)).valid());
        assertFalse(ValidationReport.of(null, PACK, false, List.of()).valid());
    }

    @Test
    void statusFollowsTheFindings() {
        assertEquals(StageStatus.PASSED, PASSED.status());
        assertEquals(StageStatus.FAILED, FAILED.status());
        assertEquals(null, PASSED.reason());
    }

    @Test
    void aStageCannotPassWithErrorsNorSkipWithoutAReason() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new StageResult(Stage.XSD, StageStatus.PASSED, List.of(new Message("r", "m")), List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> StageResult.notRun(Stage.XSD, " "));
        assertThrows(IllegalArgumentException.class, () -> StageResult.notRun(Stage.XSD, null));
    }
}
