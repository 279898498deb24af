package sa.fatoora.gateway.zatca.entity;

import java.util.List;

/**
 * Fatoora's answer to a compliance check, a report or a clearance. {@code status} is Fatoora's reportingStatus or
 * clearanceStatus (REPORTED, CLEARED, NOT_CLEARED, ...); {@code clearedInvoice} the XML bytes ZATCA stamped, only
 * for a clearance.
 */
public record FatooraResult(
        int httpStatus, FatooraOutcome outcome, String status, List<FatooraMessage> messages, byte[] clearedInvoice) {

    public FatooraResult {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public List<FatooraMessage> errors() {
        return messages.stream().filter(FatooraMessage::isError).toList();
    }

    public List<FatooraMessage> warnings() {
        return messages.stream().filter(FatooraMessage::isWarning).toList();
    }
}
