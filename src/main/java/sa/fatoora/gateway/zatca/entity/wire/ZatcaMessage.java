package sa.fatoora.gateway.zatca.entity.wire;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One finding in {@code validationResults}: type INFO, WARNING or ERROR, a rule code such as BR-KSA-37. */
@JsonbPropertyOrder({"type", "code", "category", "message", "status"})
public record ZatcaMessage(String type, String code, String category, String message, String status) {

    public static ZatcaMessage info(String code, String category, String message) {
        return new ZatcaMessage("INFO", code, category, message, "PASS");
    }

    public static ZatcaMessage warning(String code, String category, String message) {
        return new ZatcaMessage("WARNING", code, category, message, "WARNING");
    }

    public static ZatcaMessage error(String code, String category, String message) {
        return new ZatcaMessage("ERROR", code, category, message, "ERROR");
    }
}
