package sa.fatoora.gateway.simulator.control;

import java.util.List;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;
import sa.fatoora.gateway.zatca.entity.wire.ZatcaMessage;

/**
 * The gateway's validation report in ZATCA's terms: categories and the one INFO message ZATCA sends on a pass. A
 * stage that could not run is an error: Fatoora never lets a document through unchecked. The chain link is not
 * taken from the report: the simulator checks the PIH against the chain it has seen, as ZATCA does.
 */
final class ValidationMessages {

    private ValidationMessages() {}

    static void from(
            ValidationReport report, List<ZatcaMessage> infos, List<ZatcaMessage> warnings, List<ZatcaMessage> errors) {
        for (StageResult stage : report.stages()) {
            String category = category(stage.stage());
            stage.errors().forEach(m -> errors.add(ZatcaMessage.error(m.rule(), category, text(m))));
            stage.warnings().forEach(m -> warnings.add(ZatcaMessage.warning(m.rule(), category, text(m))));
            if (stage.status() == StageStatus.NOT_RUN) {
                errors.add(ZatcaMessage.error(
                        "validation-unavailable", category, "The document could not be validated; try again later"));
            }
            if (stage.stage() == Stage.XSD && stage.status() == StageStatus.PASSED) {
                infos.add(ZatcaMessage.info(
                        "XSD_ZATCA_VALID",
                        "XSD validation",
                        "Complied with UBL 2.1 standards in line with ZATCA specifications"));
            }
        }
    }

    private static String category(Stage stage) {
        return switch (stage) {
            case XSD -> "XSD_SCHEMA_ERROR";
            case EN -> "EN_16931";
            case KSA -> "KSA";
            case SIGNATURE -> "SIGNATURE";
            case QR -> "QR";
            case PIH -> "PIH";
        };
    }

    private static String text(Message m) {
        return m.message() == null ? m.rule() : m.message();
    }
}
