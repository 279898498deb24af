package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.event.entity.GatewayEvent;
import sa.fatoora.gateway.invoice.entity.InvoiceDocument;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.invoice.entity.IssuedDocument;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

class InvoiceEventsTest {

    static final Instant ISSUED = Instant.parse("2026-12-06T21:30:00Z"); // 00:30 on the 7th in Riyadh

    /** Records what would be published. */
    static class Recorded extends Events {
        final List<EventType> types = new ArrayList<>();
        final List<JsonObject> data = new ArrayList<>();

        @Override
        public GatewayEvent publish(Long tenantId, EventType type, String subject, JsonObject json) {
            types.add(type);
            data.add(json);
            return null;
        }
    }

    private final Recorded recorded = new Recorded();
    private final InvoiceEvents events = new InvoiceEvents();

    {
        events.events = recorded;
    }

    @Test
    void aReportWithWarningsIsReportedAndWarnings() {
        events.finished(finished(InvoiceStatus.REPORTED, new FatooraMessage("WARNING", "BR-KSA-08", "KSA", "check")));
        assertEquals(List.of(EventType.INVOICE_REPORTED, EventType.INVOICE_WARNINGS), recorded.types);
        JsonObject data = recorded.data.get(1);
        assertEquals("BR-KSA-08", data.getJsonArray("messages").getJsonObject(0).getString("code"));
        assertEquals("2026-12-07T00:30:00+03:00", data.getString("issuedAt"));
        assertEquals("2026-12-08T00:30:00+03:00", data.getString("reportingDeadline"));
        assertEquals("/api/v1/invoices/42/pdf", data.getJsonObject("links").getString("pdf"));
    }

    @Test
    void aClearanceWithoutWarningsIsOneEvent() {
        events.finished(finished(InvoiceStatus.CLEARED, new FatooraMessage("INFO", "XSD_ZATCA_VALID", "XSD", "ok")));
        assertEquals(List.of(EventType.INVOICE_CLEARED), recorded.types);
    }

    @Test
    void aRejectionCarriesZatcasMessagesAndNoWarningsEvent() {
        events.finished(finished(
                InvoiceStatus.REJECTED,
                new FatooraMessage("ERROR", "BR-KSA-37", "KSA", "bad"),
                new FatooraMessage("WARNING", "BR-KSA-08", "KSA", "check")));
        assertEquals(List.of(EventType.INVOICE_REJECTED), recorded.types);
        assertEquals(2, recorded.data.get(0).getJsonArray("messages").size());
        assertEquals("REJECTED", recorded.data.get(0).getString("status"));
    }

    private static InvoiceDocument finished(InvoiceStatus status, FatooraMessage... messages) {
        IssuedDocument issued = new IssuedDocument(
                7L,
                8L,
                ZatcaEnvironment.SANDBOX,
                "3cf5ee18-ee25-44ea-a444-2c37ba7f28be",
                "INV-1",
                1,
                "pih",
                "hash",
                DocumentType.TAX_INVOICE,
                InvoiceSubtype.SIMPLIFIED,
                SubmissionAction.REPORTING,
                "<Invoice/>".getBytes(StandardCharsets.UTF_8),
                "qr",
                ISSUED,
                LocalDate.of(2026, 12, 7),
                ISSUED.plus(Duration.ofHours(24)),
                "key",
                "digest");
        InvoiceDocument d = new InvoiceDocument(issued, "lease", ISSUED.plusSeconds(60), ISSUED);
        d.finish(status, MessagesJson.of(List.of(messages)), null, null, ISSUED.plusSeconds(1));
        try { // the id the database would give it
            java.lang.reflect.Field id = InvoiceDocument.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(d, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return d;
    }
}
