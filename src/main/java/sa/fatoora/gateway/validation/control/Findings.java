package sa.fatoora.gateway.validation.control;

import java.util.List;
import sa.fatoora.gateway.signing.entity.Finding;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/** The signing engine's findings as a stage result: errors fail the stage, warnings are reported. */
final class Findings {

    private Findings() {}

    static StageResult toStage(Stage stage, List<Finding> findings) {
        List<Message> errors = findings.stream()
                .filter(Finding::isError)
                .map(f -> new Message(f.ruleId(), f.message()))
                .toList();
        List<Message> warnings = findings.stream()
                .filter(f -> !f.isError())
                .map(f -> new Message(f.ruleId(), f.message()))
                .toList();
        return StageResult.of(stage, errors, warnings);
    }
}
