package sa.fatoora.gateway.invoice.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;

/**
 * The events of an invoice's life (README "Events and webhooks"), published in the transaction that changes the
 * document: {@code invoice.cleared}, {@code invoice.reported} or {@code invoice.rejected} when Fatoora's answer is
 * final, {@code invoice.warnings} beside an acceptance that carried warnings, and the reporting deadline's
 * {@code invoice.deadline-at-risk} and {@code invoice.deadline-missed}. The data holds the ids, the status,
 * ZATCA's messages and the links to the document's XML, QR and PDF.
 */
@ApplicationScoped
public class InvoiceEvents {

    @Inject
    Events events;

    /** After {@code d} reached a final status in the current transaction. */
    public void finished(InvoiceDocument d) {
        List<FatooraMessage> messages = MessagesJson.parse(d.getMessages());
        EventType type =
                switch (d.getStatus()) {
                    case CLEARED -> EventType.INVOICE_CLEARED;
                    case REPORTED -> EventType.INVOICE_REPORTED;
                    case REJECTED -> EventType.INVOICE_REJECTED;
                    case PENDING -> throw new IllegalArgumentException("invoice " + d.getId() + " is not final");
                };
        publish(d, type, messages, null);
        if (d.getStatus() != InvoiceStatus.REJECTED && messages.stream().anyMatch(FatooraMessage::isWarning)) {
            publish(d, EventType.INVOICE_WARNINGS, messages, null);
        }
    }

    /** A simplified invoice still unreported near (or past) its 24-hour deadline. */
    public void deadline(InvoiceDocument d, boolean missed) {
        publish(
                d,
                missed ? EventType.INVOICE_DEADLINE_MISSED : EventType.INVOICE_DEADLINE_AT_RISK,
                MessagesJson.parse(d.getMessages()),
                d.getLastError());
    }

    private void publish(InvoiceDocument d, EventType type, List<FatooraMessage> messages, String lastError) {
        String self = "/api/v1/invoices/" + d.getId();
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("invoiceId", d.getId())
                .add("egsUnitId", d.getEgsUnitId())
                .add("invoiceNumber", d.getInvoiceNumber())
                .add("uuid", d.getUuid())
                .add("icv", d.getIcv())
                .add("status", d.getStatus().name())
                .add("documentType", d.getDocumentType().name())
                .add("subtype", d.getSubtype().name())
                .add("issuedAt", Riyadh.timestamp(d.getIssuedAt()));
        if (d.getDeadline() != null) {
            data.add("reportingDeadline", Riyadh.timestamp(d.getDeadline()));
        }
        if (lastError != null) {
            data.add("lastError", lastError);
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (FatooraMessage m : messages) {
            JsonObjectBuilder message = JSON.createObjectBuilder().add("type", nullToEmpty(m.type()));
            message.add("code", nullToEmpty(m.code()));
            message.add("category", nullToEmpty(m.category()));
            message.add("message", nullToEmpty(m.message()));
            list.add(message);
        }
        data.add("messages", list);
        data.add(
                "links",
                JSON.createObjectBuilder()
                        .add("self", self)
                        .add("xml", self + "/xml")
                        .add("qr", self + "/qr")
                        .add("pdf", self + "/pdf"));
        events.publish(d.getTenantId(), type, AuditType.subject("invoice", d.getId()), data.build());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
