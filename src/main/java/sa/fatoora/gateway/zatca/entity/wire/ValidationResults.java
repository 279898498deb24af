package sa.fatoora.gateway.zatca.entity.wire;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * ZATCA's validation results. {@code infoMessages} is ONE object when there is one message and an array otherwise:
 * ZATCA's quirk, kept so that clients are tested against it.
 */
@JsonbPropertyOrder({"infoMessages", "warningMessages", "errorMessages", "status"})
public record ValidationResults(
        Object infoMessages, List<ZatcaMessage> warningMessages, List<ZatcaMessage> errorMessages, String status) {

    public static ValidationResults of(
            List<ZatcaMessage> infos, List<ZatcaMessage> warnings, List<ZatcaMessage> errors) {
        String status = !errors.isEmpty() ? "ERROR" : !warnings.isEmpty() ? "WARNING" : "PASS";
        Object info = infos.size() == 1 ? infos.get(0) : List.copyOf(infos);
        return new ValidationResults(info, List.copyOf(warnings), List.copyOf(errors), status);
    }

    public boolean passed() {
        return !"ERROR".equals(status);
    }
}
