package sa.fatoora.gateway.console.entity;

import java.util.List;

/**
 * One invoice as the console shows it: its facts, its totals as the signed XML states them (each with its currency),
 * its status timeline (every submission to Fatoora), ZATCA's messages, the QR code as a PNG data URL, and the XML as
 * ZATCA holds it, pretty-printed.
 */
public record InvoiceDetail(
        long id,
        long egsUnitId,
        String invoiceNumber,
        String uuid,
        long icv,
        String type,
        String status,
        String issuedAt,
        String deadline,
        String atRiskReason,
        String invoiceHash,
        String previousInvoiceHash,
        List<Amount> totals,
        List<Step> timeline,
        List<Message> messages,
        String qrDataUrl,
        String xml) {

    /** One total: its message key, the amount grouped for display, and its currency (ISO 4217, e.g. SAR). */
    public record Amount(String label, String amount, String currency) {}

    /** One event of the timeline. */
    public record Step(String at, String what, String outcome, String detail) {}

    /** One of ZATCA's messages. */
    public record Message(String type, String code, String category, String text) {}
}
